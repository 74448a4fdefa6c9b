// Where the officer is under "Meetings & forum" (guideline steps 2 and 3), kept in
// the URL hash after `#meetings` so back/forward and a reload return there.

export const FORUM_TABS = ["agenda", "participants", "kit", "clusters"] as const;
export type ForumTab = (typeof FORUM_TABS)[number];

export type MeetingsRoute =
  /** The recent SLG meetings and the forums. */
  | { view: "home" }
  /** `meetingId` null: a new meeting, of `slgId` when it came from an SLG. */
  | { view: "meeting"; meetingId: string | null; slgId: string | null }
  | { view: "forum"; forumId: string; tab: ForumTab };

const HOME: MeetingsRoute = { view: "home" };

/** The route a hash names; the overview for anything it does not know. */
export function parseMeetingsRoute(hash: string): MeetingsRoute {
  const parts = hash
    .replace(/^#\/?/, "")
    .split("/")
    .map((p) => decodeURIComponent(p));
  if (parts[0] !== "meetings") return HOME;
  const [, view, id, sub] = parts;
  if (view === "meeting" && id) {
    return id === "new" ? { view: "meeting", meetingId: null, slgId: sub || null } : { view: "meeting", meetingId: id, slgId: null };
  }
  if (view === "forum" && id) {
    const tab = (FORUM_TABS as readonly string[]).includes(sub ?? "") ? (sub as ForumTab) : "agenda";
    return { view: "forum", forumId: id, tab };
  }
  return HOME;
}

/** The hash of a route, for `location.hash` or a link. */
export function meetingsHref(route: MeetingsRoute): string {
  const e = encodeURIComponent;
  switch (route.view) {
    case "home":
      return "#meetings";
    case "meeting":
      if (route.meetingId) return `#meetings/meeting/${e(route.meetingId)}`;
      return route.slgId ? `#meetings/meeting/new/${e(route.slgId)}` : "#meetings/meeting/new";
    case "forum":
      return `#meetings/forum/${e(route.forumId)}/${route.tab}`;
  }
}
