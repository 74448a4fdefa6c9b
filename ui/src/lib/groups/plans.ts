// A household's production plan (guideline step 4) as the form holds it, and what
// goes to the backend: empty number boxes as null, blank input rows left out. The
// revenue, cost and profit are the core's: this file never works out money.
import type { CapacityKind } from "../../bindings/CapacityKind";
import type { GroupMember } from "../../bindings/GroupMember";
import type { ProductionPlan } from "../../bindings/ProductionPlan";
import type { ProductionPlanInput } from "../../bindings/ProductionPlanInput";
import { numberOrNull } from "../forms";
import { nextKey, rowFields, rowsToSend } from "../rows";

/** An input the household asks for: seed, fertiliser, a net. */
export interface InputRow {
  key: number;
  item: string;
  quantity: number | null;
  unit: string;
}

export interface PlanDraft {
  id: string | null;
  householdId: string;
  groupId: string | null;
  season: string;
  productId: string | null;
  capacityKind: CapacityKind | null;
  capacity: number | null;
  startsOn: string;
  endsOn: string;
  expectedYield: number | null;
  kept: number | null;
  expectedPriceKhr: number | null;
  inputsCostKhr: number | null;
  labourCostKhr: number | null;
  otherCostKhr: number | null;
  inputs: InputRow[];
}

export const PLAN_FIELDS = [
  "householdId",
  "season",
  "productId",
  "capacityKind",
  "capacity",
  "startsOn",
  "endsOn",
  "expectedYield",
  "kept",
  "expectedPriceKhr",
  "inputsCostKhr",
  "labourCostKhr",
  "otherCostKhr",
  "inputs",
] as const;
export const INPUT_FIELDS = ["item", "quantity", "unit"] as const;

/** The season a new plan is for: the office's fiscal year, as the officer would write it. */
export function defaultSeason(fiscalYear: number | null | undefined): string {
  return fiscalYear ? String(fiscalYear) : String(new Date().getFullYear());
}

export function emptyInputRow(): InputRow {
  return { key: nextKey(), item: "", quantity: null, unit: "" };
}

export function emptyPlan(householdId: string, groupId: string | null, season: string): PlanDraft {
  return {
    id: null,
    householdId,
    groupId,
    season,
    productId: null,
    capacityKind: null,
    capacity: null,
    startsOn: "",
    endsOn: "",
    expectedYield: null,
    kept: null,
    expectedPriceKhr: null,
    inputsCostKhr: null,
    labourCostKhr: null,
    otherCostKhr: null,
    inputs: [],
  };
}

export function planFromSaved(p: ProductionPlan): PlanDraft {
  return {
    id: p.id,
    householdId: p.householdId,
    groupId: p.groupId,
    season: p.season,
    productId: p.product.id,
    capacityKind: p.capacityKind,
    capacity: p.capacity,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    expectedYield: p.expectedYield,
    kept: p.kept,
    expectedPriceKhr: p.expectedPriceKhr,
    inputsCostKhr: p.inputsCostKhr,
    labourCostKhr: p.labourCostKhr,
    otherCostKhr: p.otherCostKhr,
    inputs: p.inputs.map((i) => ({ key: nextKey(), item: i.item, quantity: i.quantity, unit: i.unit })),
  };
}

export function isBlankInput(r: InputRow): boolean {
  return r.item.trim() === "" && numberOrNull(r.quantity) === null && r.unit.trim() === "";
}

/** A riel box: whole riel, or null when empty (a negative stays negative for the core to refuse). */
export function rielOrNull(value: number | null | undefined): number | null {
  const n = numberOrNull(value);
  return n === null ? null : Math.round(n);
}

/** The plan as the backend takes it, and the key of each input row sent, in order. */
export function planInput(d: PlanDraft): { input: ProductionPlanInput; sent: number[] } {
  const inputs = rowsToSend(d.inputs, isBlankInput);
  return {
    input: {
      id: d.id,
      householdId: d.householdId,
      groupId: d.groupId,
      season: d.season.trim(),
      productId: d.productId,
      capacityKind: d.capacityKind,
      capacity: numberOrNull(d.capacity),
      startsOn: d.startsOn,
      endsOn: d.endsOn,
      expectedYield: numberOrNull(d.expectedYield),
      kept: numberOrNull(d.kept),
      expectedPriceKhr: rielOrNull(d.expectedPriceKhr),
      inputsCostKhr: rielOrNull(d.inputsCostKhr),
      labourCostKhr: rielOrNull(d.labourCostKhr),
      otherCostKhr: rielOrNull(d.otherCostKhr),
      inputs: inputs.rows.map((r) => ({ item: r.item, quantity: numberOrNull(r.quantity), unit: r.unit })),
    },
    sent: inputs.keys,
  };
}

/** The fields the form shows next to their controls, for the input rows last sent. */
export function planFields(sent: readonly number[]): string[] {
  return [...PLAN_FIELDS, ...rowFields("inputs", sent.length, INPUT_FIELDS)];
}

/** `YYYY-MM` → [year, month], or null for anything else. */
export function parseMonth(value: string): [number, number] | null {
  const m = /^(\d{4})-(\d{2})$/.exec(value.trim());
  if (!m) return null;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? [Number(m[1]), month] : null;
}

/** `2026-03` → `03/2026`, as dates are written in Cambodia; anything else unchanged. */
export function formatMonth(value: string): string {
  const p = parseMonth(value);
  return p ? `${String(p[1]).padStart(2, "0")}/${p[0]}` : value;
}

/** From one month to another: "03/2026 – 06/2026", or one month when they are the same. */
export function formatMonthSpan(from: string, to: string): string {
  return from === to ? formatMonth(from) : `${formatMonth(from)} – ${formatMonth(to)}`;
}

/** A member and the plans they hold in this group (archived plans left out). */
export interface MemberPlans {
  member: GroupMember;
  plans: ProductionPlan[];
}

/** Each current member with their plans, in the members' order; plans newest season first. */
export function plansByMember(members: readonly GroupMember[], plans: readonly ProductionPlan[]): MemberPlans[] {
  const of = new Map<string, ProductionPlan[]>();
  for (const p of plans) {
    if (p.archived) continue;
    const list = of.get(p.householdId) ?? [];
    list.push(p);
    of.set(p.householdId, list);
  }
  return members.map((member) => ({
    member,
    plans: (of.get(member.householdId) ?? []).sort((a, b) => b.season.localeCompare(a.season)),
  }));
}

/** The seasons the plans are written for, newest first, each once. */
export function seasonsOf(plans: readonly Pick<ProductionPlan, "season" | "archived">[]): string[] {
  return [...new Set(plans.filter((p) => !p.archived).map((p) => p.season))].sort((a, b) => b.localeCompare(a));
}
