// Where the officer is inside the market study, kept in the URL hash after
// `#study` so back/forward and a reload return there.

export const CAMPAIGN_TABS = ["interviews", "analysis", "willing"] as const;
export type CampaignTab = (typeof CAMPAIGN_TABS)[number];

export type StudyRoute =
  | { view: "campaigns" }
  | { view: "markets" }
  | { view: "products" }
  | { view: "campaign"; campaignId: string; tab: CampaignTab }
  /** `interviewId` null: a new interview. */
  | { view: "interview"; campaignId: string; interviewId: string | null };

const HOME: StudyRoute = { view: "campaigns" };

/** The study route a hash names; the campaign list for anything it does not know. */
export function parseStudyRoute(hash: string): StudyRoute {
  const parts = hash
    .replace(/^#\/?/, "")
    .split("/")
    .map((p) => decodeURIComponent(p));
  if (parts[0] !== "study") return HOME;
  const [, view, id, sub, subId] = parts;
  if (view === "markets" || view === "products") return { view };
  if (view !== "campaign" || !id) return HOME;
  if (sub === "interview" && subId) {
    return { view: "interview", campaignId: id, interviewId: subId === "new" ? null : subId };
  }
  const tab = (CAMPAIGN_TABS as readonly string[]).includes(sub ?? "") ? (sub as CampaignTab) : "interviews";
  return { view: "campaign", campaignId: id, tab };
}

/** The hash of a study route, for `location.hash` or a link. */
export function studyHref(route: StudyRoute): string {
  const e = encodeURIComponent;
  switch (route.view) {
    case "campaigns":
      return "#study";
    case "markets":
    case "products":
      return `#study/${route.view}`;
    case "campaign":
      return `#study/campaign/${e(route.campaignId)}/${route.tab}`;
    case "interview":
      return `#study/campaign/${e(route.campaignId)}/interview/${route.interviewId ? e(route.interviewId) : "new"}`;
  }
}
