// The register questions the meeting, forum and cluster forms ask: a district's
// groups, and one group's member households, each whole on one page.
import type { BuyerQuery } from "../../bindings/BuyerQuery";
import type { HouseholdQuery } from "../../bindings/HouseholdQuery";
import type { SlgQuery } from "../../bindings/SlgQuery";

/** The most rows the backend gives on one page. */
const WHOLE = 500;

/** Every SLG of the district not archived: a district has tens of groups. */
export const ALL_SLGS: SlgQuery = {
  search: "",
  communeCode: null,
  includeArchived: false,
  page: 0,
  pageSize: WHOLE,
};

/** Every buyer and input supplier not archived. */
export const ALL_BUYERS: BuyerQuery = {
  search: "",
  kind: null,
  includeArchived: false,
  page: 0,
  pageSize: WHOLE,
};

/** A group's member households (10–15, rarely more), by name. */
export function membersOf(slgId: string): HouseholdQuery {
  return {
    search: "",
    communeCode: null,
    villageCode: null,
    slgId,
    includeArchived: false,
    sort: "name",
    page: 0,
    pageSize: WHOLE,
  };
}
