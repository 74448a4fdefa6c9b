// Where the officer is under "Producer groups" (guideline step 4), kept in the URL
// hash after `#groups` so back/forward and a reload return there.

export type GroupsRoute =
  /** The district's groups. */
  | { view: "list" }
  /** One group's page: readiness, members, committee, by-laws. */
  | { view: "group"; groupId: string };

const LIST: GroupsRoute = { view: "list" };

/** The route a hash names; the list for anything it does not know. */
export function parseGroupsRoute(hash: string): GroupsRoute {
  const parts = hash
    .replace(/^#\/?/, "")
    .split("/")
    .map((p) => decodeURIComponent(p));
  if (parts[0] !== "groups") return LIST;
  const [, view, id] = parts;
  return view === "group" && id ? { view: "group", groupId: id } : LIST;
}

/** The hash of a route, for `location.hash` or a link. */
export function groupsHref(route: GroupsRoute): string {
  return route.view === "group" ? `#groups/group/${encodeURIComponent(route.groupId)}` : "#groups";
}
