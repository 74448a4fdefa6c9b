// The form for inputs given to a household from its SLG's envelope: what the officer
// types and the input the core takes. The unit cost goes in the currency typed (whole
// riel, or dollars with cents → cents) with the rate for riel.
import type { Currency } from "../../bindings/Currency";
import type { DistributionInput } from "../../bindings/DistributionInput";
import { numberOrNull } from "../forms";
import { toMinor } from "../contracts/money";
import { rateOrNull } from "./money";
import { defaultDate } from "./expenditures";

export interface DistributionDraft {
  householdId: string;
  givenOn: string;
  item: string;
  quantity: number | null;
  unit: string;
  unitCost: number | null;
  currency: Currency;
  rate: number | null;
  supplier: string;
  overReason: string;
  overBy: string;
}

/** The form's boxes, by the input's field names. */
export const DISTRIBUTION_FIELDS = [
  "householdId",
  "givenOn",
  "item",
  "quantity",
  "unit",
  "unitCost",
  "currency",
  "rate",
  "supplier",
  "overReason",
  "overBy",
] as const;

export function newDistribution(today: string, fiscalYear: number): DistributionDraft {
  return {
    householdId: "",
    givenOn: defaultDate(today, fiscalYear),
    item: "",
    quantity: null,
    unit: "",
    unitCost: null,
    currency: "USD",
    rate: null,
    supplier: "",
    overReason: "",
    overBy: "",
  };
}

/**
 * The next entry after a save: inputs are handed over to a group's households
 * together, so all is kept but the household and the reason for going over.
 */
export function nextDistribution(saved: DistributionDraft): DistributionDraft {
  return { ...saved, householdId: "", overReason: "", overBy: "" };
}

/** The input for `save_distribution`; the rate only goes with riel. */
export function distributionInput(d: DistributionDraft, slgId: string, confirmed: boolean): DistributionInput {
  return {
    slgId,
    householdId: d.householdId,
    givenOn: d.givenOn.trim(),
    item: d.item.trim(),
    quantity: numberOrNull(d.quantity),
    unit: d.unit.trim(),
    unitCost: toMinor(d.unitCost, d.currency),
    currency: d.currency,
    rate: d.currency === "KHR" ? rateOrNull(d.rate) : null,
    supplier: d.supplier.trim(),
    overReason: d.overReason.trim(),
    overBy: d.overBy.trim(),
    confirmed,
  };
}

/** Quantity × unit cost in the currency's units, for the hint while typing; null until both are typed. */
export function lineAmount(d: Pick<DistributionDraft, "quantity" | "unitCost" | "currency">): number | null {
  const q = numberOrNull(d.quantity);
  const cost = toMinor(d.unitCost, d.currency);
  return q === null || cost === null ? null : Math.round(q * cost);
}
