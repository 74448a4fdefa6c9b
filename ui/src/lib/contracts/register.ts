// The contract register's filters as the core takes them, and the new-contract
// choice: the first group, further groups of its cluster, the buyer, the product.
import type { ContractQuery } from "../../bindings/ContractQuery";
import type { ContractStatus } from "../../bindings/ContractStatus";
import type { ProducerGroup } from "../../bindings/ProducerGroup";
import type { Parties } from "./terms";

export interface ContractFilters {
  status: ContractStatus | null;
  productId: string | null;
  buyerId: string | null;
  communeCode: string | null;
  includeArchived: boolean;
}

export const NO_FILTERS: ContractFilters = {
  status: null,
  productId: null,
  buyerId: null,
  communeCode: null,
  includeArchived: false,
};

/** The filters as the core's query ("All" and empty choices as null); exports use the same. */
export function contractQuery(f: ContractFilters): ContractQuery {
  const orNull = (v: string | null) => (v ? v : null);
  return {
    status: f.status ?? null,
    productId: orNull(f.productId),
    buyerId: orNull(f.buyerId),
    communeCode: orNull(f.communeCode),
    includeArchived: f.includeArchived,
  };
}

export interface NewContractDraft {
  groupId: string;
  /** Further groups of the same cluster, ticked. */
  extraGroupIds: string[];
  buyerId: string;
  productId: string;
}

export const NEW_CONTRACT_FIELDS = ["groupIds", "buyerId", "productId"] as const;

/** The parties as `save_contract` takes them: the chosen group first, each group once. */
export function newContractParties(d: NewContractDraft, offered: readonly string[]): Parties {
  const extra = d.extraGroupIds.filter((id) => id !== d.groupId && offered.includes(id));
  return {
    groupIds: d.groupId ? [d.groupId, ...extra] : [],
    buyerId: d.buyerId,
    productId: d.productId,
  };
}

/** The other groups of the chosen group's cluster (none when it is in no cluster). */
export function clusterPeers(chosen: ProducerGroup | null, groups: readonly ProducerGroup[]): ProducerGroup[] {
  if (!chosen?.clusterId) return [];
  return groups.filter((g) => g.id !== chosen.id && !g.archived && g.clusterId === chosen.clusterId);
}

/** "1,200 / 5,000": delivered of the total, or just the delivered when no total is set. */
export function deliveredOfTotal(delivered: number, total: number | null, fmt: (n: number) => string): string {
  return total === null ? fmt(delivered) : `${fmt(delivered)} / ${fmt(total)}`;
}
