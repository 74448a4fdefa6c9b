// A producer group as its form edits it (name, commune, products, cluster and the
// strategy of step 4.1), and what goes to the backend: empty choices as null.
import type { GroupStrategy } from "../../bindings/GroupStrategy";
import type { ProducerGroup } from "../../bindings/ProducerGroup";
import type { ProducerGroupInput } from "../../bindings/ProducerGroupInput";
import type { ProducerGroupSummary } from "../../bindings/ProducerGroupSummary";
import type { GroupStatus } from "../../bindings/GroupStatus";

export interface GroupDraft {
  id: string | null;
  archived: boolean;
  name: string;
  communeCode: string | null;
  clusterId: string | null;
  productIds: string[];
  strategy: GroupStrategy;
}

/** The strategy's fields, in the order the form asks them. */
export const STRATEGY_FIELDS = [
  "targetBuyers",
  "targetMarkets",
  "volumes",
  "skillsNeeded",
  "partnersSought",
] as const satisfies readonly (keyof GroupStrategy)[];

/** The input's fields the form shows next to their controls. */
export const GROUP_FIELDS: readonly string[] = [
  "name",
  "communeCode",
  "clusterId",
  "productIds",
  ...STRATEGY_FIELDS.map((f) => `strategy.${f}`),
];

export function emptyStrategy(): GroupStrategy {
  return { targetBuyers: "", targetMarkets: "", volumes: "", skillsNeeded: "", partnersSought: "" };
}

export function groupDraft(group: ProducerGroup | null): GroupDraft {
  if (!group) {
    return { id: null, archived: false, name: "", communeCode: null, clusterId: null, productIds: [], strategy: emptyStrategy() };
  }
  return {
    id: group.id,
    archived: group.archived,
    name: group.name,
    communeCode: group.commune.code,
    clusterId: group.clusterId,
    productIds: group.products.map((p) => p.id),
    strategy: { ...group.strategy },
  };
}

/** What was typed, as the backend takes it; an unchosen commune is empty so the backend names it. */
export function groupInput(d: GroupDraft): ProducerGroupInput {
  return {
    id: d.id,
    name: d.name,
    communeCode: d.communeCode ?? "",
    clusterId: d.clusterId === "" ? null : d.clusterId,
    productIds: [...d.productIds],
    strategy: { ...d.strategy },
  };
}

/** The groups a list shows: of one status, or all (`null`). */
export function withStatus(groups: readonly ProducerGroupSummary[], status: GroupStatus | null): ProducerGroupSummary[] {
  return status === null ? [...groups] : groups.filter((g) => g.status === status);
}

/** The badge's look for a status: a group still forming asks for attention. */
export function statusTone(status: GroupStatus): "warn" | "muted" | "" {
  return status === "forming" ? "warn" : status === "inactive" ? "muted" : "";
}
