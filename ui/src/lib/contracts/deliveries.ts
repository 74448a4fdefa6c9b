// A delivery as its form holds it, and what goes to the core: a line per grade with
// the quantity accepted and the price paid, what was rejected and why, what was paid
// and when. Empty boxes go as null; money typed in riel or dollars goes as integer
// units. The amounts and the fulfilment are the core's.
import type { ContractTerms } from "../../bindings/ContractTerms";
import type { Currency } from "../../bindings/Currency";
import type { Delivery } from "../../bindings/Delivery";
import type { DeliveryInput } from "../../bindings/DeliveryInput";
import { numberOrNull } from "../forms";
import { nextKey, rowField, rowsToSend } from "../rows";
import { fromMinor, toMinor } from "./money";

export interface DeliveryLine {
  key: number;
  /** One of the contract's grades, or empty when it has none. */
  grade: string;
  quantity: number | null;
  /** As typed: riel, or dollars. */
  price: number | null;
}

export interface DeliveryDraft {
  id: string | null;
  deliveredOn: string;
  lines: DeliveryLine[];
  rejectedQuantity: number | null;
  rejectedReason: string;
  /** As typed: riel, or dollars. */
  paidAmount: number | null;
  paidOn: string;
  notes: string;
}

export const DELIVERY_FIELDS = [
  "contractId",
  "deliveredOn",
  "grades",
  "rejectedQuantity",
  "rejectedReason",
  "paidAmount",
  "paidOn",
  "notes",
] as const;
export const LINE_FIELDS = ["grade", "quantity", "price"] as const;

/**
 * The price a line starts with, as the officer types it: the grade's own price
 * when it has one, or else the contract's price; null when the contract names none.
 */
export function linePrice(terms: ContractTerms, grade: string): number | null {
  const g = terms.grades.find((x) => x.grade.toLowerCase() === grade.toLowerCase());
  return fromMinor(g?.price ?? terms.price, terms.currency);
}

/** A new line: the next grade not yet on the form (or none), its price filled in. */
export function newLine(terms: ContractTerms, taken: readonly DeliveryLine[] = []): DeliveryLine {
  const free = terms.grades.find((g) => !taken.some((l) => l.grade === g.grade));
  const grade = free?.grade ?? terms.grades[0]?.grade ?? "";
  return { key: nextKey(), grade, quantity: null, price: linePrice(terms, grade) };
}

/** A new delivery on `today`, with one line. */
export function newDelivery(terms: ContractTerms, today: string): DeliveryDraft {
  return {
    id: null,
    deliveredOn: today,
    lines: [newLine(terms)],
    rejectedQuantity: null,
    rejectedReason: "",
    paidAmount: null,
    paidOn: "",
    notes: "",
  };
}

/** A saved delivery in the form, to correct it or record its payment. */
export function deliveryDraft(d: Delivery): DeliveryDraft {
  return {
    id: d.id,
    deliveredOn: d.deliveredOn,
    lines: d.grades.map((g) => ({ key: nextKey(), grade: g.grade, quantity: g.quantity, price: fromMinor(g.price, d.currency) })),
    rejectedQuantity: d.rejectedQuantity > 0 ? d.rejectedQuantity : null,
    rejectedReason: d.rejectedReason,
    paidAmount: d.paidAmount > 0 ? fromMinor(d.paidAmount, d.currency) : null,
    paidOn: d.paidOn ?? "",
    notes: d.notes,
  };
}

/** A line with no quantity is one the officer added and left: it is not sent. */
const lineBlank = (l: DeliveryLine) => numberOrNull(l.quantity) === null && numberOrNull(l.price) === null;

/** What `save_delivery` takes, and the keys of the lines sent. */
export function deliveryInput(
  d: DeliveryDraft,
  contractId: string,
  currency: Currency | null,
): { input: DeliveryInput; sent: number[] } {
  const lines = rowsToSend(d.lines, lineBlank);
  return {
    input: {
      id: d.id,
      contractId,
      deliveredOn: d.deliveredOn,
      grades: lines.rows.map((l) => ({ grade: l.grade, quantity: numberOrNull(l.quantity), price: toMinor(l.price, currency) })),
      rejectedQuantity: numberOrNull(d.rejectedQuantity),
      rejectedReason: d.rejectedReason,
      paidAmount: toMinor(d.paidAmount, currency),
      paidOn: d.paidOn,
      notes: d.notes,
    },
    sent: lines.keys,
  };
}

export function lineField(sent: readonly number[], key: number, field: (typeof LINE_FIELDS)[number]): string {
  return rowField("grades", sent, key, field);
}

/** Every field the delivery form shows next to its box. */
export function deliveryFields(sent: readonly number[]): string[] {
  return [...DELIVERY_FIELDS, ...sent.flatMap((k) => LINE_FIELDS.map((f) => lineField(sent, k, f)))];
}
