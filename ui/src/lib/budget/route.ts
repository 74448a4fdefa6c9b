// Where the officer is under "Budget" (guideline step 8), kept in the URL hash after
// `#budget` so back/forward, a reload and the home screen's link return there.

/** The screen's tabs, in the order they are shown. */
export const BUDGET_TABS = ["overview", "plan", "inputs", "settings"] as const;
export type BudgetTab = (typeof BUDGET_TABS)[number];

export interface BudgetRoute {
  tab: BudgetTab;
  /** Under "inputs": the SLG whose distributions are open. */
  slgId: string | null;
}

/** The route a hash names; the overview for anything it does not know. */
export function parseBudgetRoute(hash: string): BudgetRoute {
  const [screen, tab, id] = hash
    .replace(/^#\/?/, "")
    .split("/")
    .map((p) => decodeURIComponent(p));
  if (screen !== "budget" || !(BUDGET_TABS as readonly string[]).includes(tab ?? "")) {
    return { tab: "overview", slgId: null };
  }
  const t = tab as BudgetTab;
  return { tab: t, slgId: t === "inputs" && id ? id : null };
}

/** The hash of a route, for `location.hash` or a link. */
export function budgetHref(route: BudgetRoute): string {
  if (route.tab === "overview") return "#budget";
  const slg = route.tab === "inputs" && route.slgId ? `/${encodeURIComponent(route.slgId)}` : "";
  return `#budget/${route.tab}${slg}`;
}
