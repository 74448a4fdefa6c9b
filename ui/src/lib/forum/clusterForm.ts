// A cluster as the form edits it: its products and member SLGs, its partners, the
// production plan, the business strategy and the action plan, and what goes to the
// backend (empty boxes as null, blank rows left out, which row each line came from).
import type { ActionStatus } from "../../bindings/ActionStatus";
import type { Buyer } from "../../bindings/Buyer";
import type { Cluster } from "../../bindings/Cluster";
import type { ClusterInput } from "../../bindings/ClusterInput";
import type { PartnerRole } from "../../bindings/PartnerRole";
import type { Product } from "../../bindings/Product";
import { numberOrNull } from "../forms";
import { nextKey, rowFields, rowsToSend, wholeOrNull } from "../rows";

export interface PartnerRow {
  key: number;
  role: PartnerRole | null;
  /** A buyer or input supplier of the register. */
  buyerId: string | null;
  /** A service provider, typed in. */
  name: string;
}

export interface PlanRow {
  key: number;
  productId: string | null;
  quantityPerMonth: number | null;
  months: number[];
  quality: string;
  priceMinKhr: number | null;
  priceMaxKhr: number | null;
}

export interface ActionRow {
  key: number;
  activity: string;
  responsible: string;
  /** yyyy-mm-dd, or empty. */
  deadline: string;
  status: ActionStatus;
}

export interface ClusterDraft {
  id: string | null;
  archived: boolean;
  forumId: string | null;
  name: string;
  productIds: string[];
  slgIds: string[];
  partners: PartnerRow[];
  plan: PlanRow[];
  businessStrategy: string;
  actions: ActionRow[];
}

export function emptyPartner(role: PartnerRole | null = "buyer"): PartnerRow {
  return { key: nextKey(), role, buyerId: null, name: "" };
}

export function emptyPlanLine(productId: string | null = null): PlanRow {
  return {
    key: nextKey(),
    productId,
    quantityPerMonth: null,
    months: [],
    quality: "",
    priceMinKhr: null,
    priceMaxKhr: null,
  };
}

export function emptyAction(): ActionRow {
  return { key: nextKey(), activity: "", responsible: "", deadline: "", status: "planned" };
}

export function clusterDraft(cluster: Cluster | null, forumId: string | null): ClusterDraft {
  if (!cluster) {
    return {
      id: null,
      archived: false,
      forumId,
      name: "",
      productIds: [],
      slgIds: [],
      partners: [emptyPartner()],
      plan: [],
      businessStrategy: "",
      actions: [],
    };
  }
  return {
    id: cluster.id,
    archived: cluster.archived,
    forumId: cluster.forumId,
    name: cluster.name,
    productIds: cluster.products.map((p) => p.id),
    slgIds: cluster.slgs.map((s) => s.id),
    partners: cluster.partners.map((p) => ({
      key: nextKey(),
      role: p.role,
      buyerId: p.buyerId,
      name: p.buyerId ? "" : p.name,
    })),
    plan: cluster.plan.map((l) => ({
      key: nextKey(),
      productId: l.product.id,
      quantityPerMonth: l.quantityPerMonth,
      months: [...l.months],
      quality: l.quality,
      priceMinKhr: l.priceMinKhr,
      priceMaxKhr: l.priceMaxKhr,
    })),
    businessStrategy: cluster.businessStrategy,
    actions: cluster.actions.map((a) => ({
      key: nextKey(),
      activity: a.activity,
      responsible: a.responsible,
      deadline: a.deadline ?? "",
      status: a.status,
    })),
  };
}

/** A partner from the register is picked; a service provider is named. */
export const fromRegister = (role: PartnerRole | null): boolean => role !== "service_provider";

export function isBlankPartner(p: PartnerRow): boolean {
  return p.buyerId === null && p.name.trim() === "";
}

export function isBlankPlanLine(l: PlanRow): boolean {
  return (
    l.productId === null &&
    numberOrNull(l.quantityPerMonth) === null &&
    l.months.length === 0 &&
    l.quality.trim() === "" &&
    numberOrNull(l.priceMinKhr) === null &&
    numberOrNull(l.priceMaxKhr) === null
  );
}

export function isBlankAction(a: ActionRow): boolean {
  return a.activity.trim() === "" && a.responsible.trim() === "" && a.deadline.trim() === "";
}

export interface ClusterSent {
  partners: number[];
  plan: number[];
  actions: number[];
}

export function clusterInput(d: ClusterDraft): { input: ClusterInput; sent: ClusterSent } {
  const partners = rowsToSend(d.partners, isBlankPartner);
  const plan = rowsToSend(d.plan, isBlankPlanLine);
  const actions = rowsToSend(d.actions, isBlankAction);
  const input: ClusterInput = {
    id: d.id,
    forumId: d.forumId,
    name: d.name,
    productIds: [...d.productIds],
    slgIds: [...d.slgIds],
    // A register partner's name comes from the register; only a service provider's is typed.
    partners: partners.rows.map((p) =>
      fromRegister(p.role)
        ? { role: p.role, buyerId: p.buyerId, name: "" }
        : { role: p.role, buyerId: null, name: p.name },
    ),
    plan: plan.rows.map((l) => ({
      productId: l.productId,
      quantityPerMonth: numberOrNull(l.quantityPerMonth),
      months: [...l.months],
      quality: l.quality,
      priceMinKhr: wholeOrNull(l.priceMinKhr),
      priceMaxKhr: wholeOrNull(l.priceMaxKhr),
    })),
    businessStrategy: d.businessStrategy,
    actions: actions.rows.map((a) => ({
      activity: a.activity,
      responsible: a.responsible,
      deadline: a.deadline.trim() === "" ? null : a.deadline,
      status: a.status,
    })),
  };
  return { input, sent: { partners: partners.keys, plan: plan.keys, actions: actions.keys } };
}

export const CLUSTER_FIELDS = ["name", "productIds", "slgIds", "partners", "plan", "businessStrategy", "actions"] as const;
export const PARTNER_FIELDS = ["role", "buyerId", "name"] as const;
export const PLAN_FIELDS = ["productId", "quantityPerMonth", "months", "quality", "priceMinKhr", "priceMaxKhr"] as const;
export const ACTION_FIELDS = ["activity", "responsible", "deadline", "status"] as const;

export function clusterFields(sent: ClusterSent): string[] {
  return [
    ...CLUSTER_FIELDS,
    ...rowFields("partners", sent.partners.length, PARTNER_FIELDS),
    ...rowFields("plan", sent.plan.length, PLAN_FIELDS),
    ...rowFields("actions", sent.actions.length, ACTION_FIELDS),
  ];
}

/**
 * The products a plan line may name: the cluster's own, in the order chosen, and a
 * product the line already names even if it was taken off the cluster (the backend
 * then says so at the line).
 */
export function planProducts(catalogue: readonly Product[], productIds: readonly string[], line: PlanRow): Product[] {
  const ids = line.productId && !productIds.includes(line.productId) ? [...productIds, line.productId] : productIds;
  return ids.flatMap((id) => catalogue.filter((p) => p.id === id));
}

/**
 * The register entries a partner row offers: input suppliers for an input supplier,
 * every other kind for a buyer; the entry already chosen stays offered. Archived
 * entries are left out.
 */
export function partnerOptions(buyers: readonly Buyer[], role: PartnerRole | null, chosen: string | null): Buyer[] {
  const fits = (b: Buyer) => (role === "input_supplier" ? b.kind === "input_supplier" : b.kind !== "input_supplier");
  return buyers.filter((b) => b.id === chosen || (!b.archived && fits(b)));
}
