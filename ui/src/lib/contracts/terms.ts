// A contract's terms as the form holds them, and what goes to the core: empty boxes
// as null, money typed in riel or dollars turned into integer units (see money.ts),
// blank rows the officer added left out. What the contract still lacks is the core's
// checklist (`contract_checklist`); this file only finds the box a missing item names.
import type { ContractClause } from "../../bindings/ContractClause";
import type { ContractInput } from "../../bindings/ContractInput";
import type { ContractPayment } from "../../bindings/ContractPayment";
import type { ContractTerms } from "../../bindings/ContractTerms";
import type { Currency } from "../../bindings/Currency";
import type { DeliveryFrequency } from "../../bindings/DeliveryFrequency";
import type { PriceMechanism } from "../../bindings/PriceMechanism";
import type { Representative } from "../../bindings/Representative";
import type { Transport } from "../../bindings/Transport";
import { numberOrNull } from "../forms";
import { nextKey, rowField, rowsToSend, wholeOrNull } from "../rows";
import { fromMinor, toMinor } from "./money";

/** A grade of the produce; `price` as typed (riel, or dollars). */
export interface GradeRow {
  key: number;
  grade: string;
  description: string;
  price: number | null;
}

export interface ClauseRow extends ContractClause {
  key: number;
}

export interface TermsDraft {
  groupRep: Representative;
  buyerRep: Representative;
  facilitatorPdaff: string;
  facilitatorMe: string;
  variety: string;
  totalQuantity: number | null;
  quantityPerDelivery: number | null;
  deliveryFrequency: DeliveryFrequency | null;
  qualityStandards: string;
  grades: GradeRow[];
  priceMechanism: PriceMechanism | null;
  currency: Currency | null;
  /** As typed: riel, or dollars with cents. */
  price: number | null;
  marketReference: string;
  deliverySchedule: string;
  deliveryPlace: string;
  packaging: string;
  transport: Transport | null;
  paymentMethod: ContractPayment | null;
  paymentDays: number | null;
  buyerSupport: string;
  repaymentTerms: string;
  startsOn: string;
  endsOn: string;
  clauses: ClauseRow[];
  witnessCommune: string;
  witnessOfficial: string;
  copies: number | null;
  copyHolders: string;
}

/** The terms' plain fields, as the checklist and the core's violations name them (without `terms.`). */
export const TERMS_FIELDS = [
  "groupRep.name",
  "groupRep.idNumber",
  "groupRep.role",
  "buyerRep.name",
  "buyerRep.idNumber",
  "buyerRep.role",
  "facilitatorPdaff",
  "facilitatorMe",
  "variety",
  "totalQuantity",
  "quantityPerDelivery",
  "deliveryFrequency",
  "qualityStandards",
  "priceMechanism",
  "currency",
  "price",
  "marketReference",
  "deliverySchedule",
  "deliveryPlace",
  "packaging",
  "transport",
  "paymentMethod",
  "paymentDays",
  "buyerSupport",
  "repaymentTerms",
  "startsOn",
  "endsOn",
  "witnessCommune",
  "witnessOfficial",
  "copies",
  "copyHolders",
] as const;
export type TermsField = (typeof TERMS_FIELDS)[number];

export const GRADE_FIELDS = ["grade", "description", "price"] as const;
export const CLAUSE_FIELDS = ["titleKm", "titleEn", "textKm", "textEn"] as const;

/** The keys of the grade and clause rows as last sent, to bring the core's verdict back to them. */
export interface SentRows {
  grades: number[];
  clauses: number[];
}

export const NOTHING_SENT: SentRows = { grades: [], clauses: [] };

export function gradeRow(grade = "", description = "", price: number | null = null): GradeRow {
  return { key: nextKey(), grade, description, price };
}

/** A clause the officers add to the template's. */
export function extraClause(): ClauseRow {
  return { key: nextKey(), clause: "extra", titleKm: "", titleEn: "", textKm: "", textEn: "" };
}

/** The form's copy of saved (or template) terms, money in the units the officer types. */
export function termsDraft(t: ContractTerms): TermsDraft {
  return {
    ...t,
    groupRep: { ...t.groupRep },
    buyerRep: { ...t.buyerRep },
    price: fromMinor(t.price, t.currency),
    grades: t.grades.map((g) => gradeRow(g.grade, g.description, fromMinor(g.price, t.currency))),
    clauses: t.clauses.map((c) => ({ ...c, key: nextKey() })),
  };
}

const gradeBlank = (g: GradeRow) => g.grade.trim() === "" && g.description.trim() === "" && numberOrNull(g.price) === null;
const clauseBlank = (c: ClauseRow) =>
  [c.titleKm, c.titleEn, c.textKm, c.textEn].every((s) => s.trim() === "");

/** The terms as the core takes them, and the keys of the rows sent. */
export function termsToSend(d: TermsDraft): { terms: ContractTerms; sent: SentRows } {
  const grades = rowsToSend(d.grades, gradeBlank);
  const clauses = rowsToSend(d.clauses, clauseBlank);
  const terms: ContractTerms = {
    groupRep: { ...d.groupRep },
    buyerRep: { ...d.buyerRep },
    facilitatorPdaff: d.facilitatorPdaff,
    facilitatorMe: d.facilitatorMe,
    variety: d.variety,
    totalQuantity: numberOrNull(d.totalQuantity),
    quantityPerDelivery: numberOrNull(d.quantityPerDelivery),
    deliveryFrequency: d.deliveryFrequency,
    qualityStandards: d.qualityStandards,
    grades: grades.rows.map((g) => ({ grade: g.grade, description: g.description, price: toMinor(g.price, d.currency) })),
    priceMechanism: d.priceMechanism,
    currency: d.currency,
    price: toMinor(d.price, d.currency),
    marketReference: d.marketReference,
    deliverySchedule: d.deliverySchedule,
    deliveryPlace: d.deliveryPlace,
    packaging: d.packaging,
    transport: d.transport,
    paymentMethod: d.paymentMethod,
    paymentDays: wholeOrNull(d.paymentDays),
    buyerSupport: d.buyerSupport,
    repaymentTerms: d.repaymentTerms,
    startsOn: d.startsOn,
    endsOn: d.endsOn,
    clauses: clauses.rows.map(({ clause, titleKm, titleEn, textKm, textEn }) => ({ clause, titleKm, titleEn, textKm, textEn })),
    witnessCommune: d.witnessCommune,
    witnessOfficial: d.witnessOfficial,
    copies: wholeOrNull(d.copies),
    copyHolders: d.copyHolders,
  };
  return { terms, sent: { grades: grades.keys, clauses: clauses.keys } };
}

/** The parties a contract is between; fixed once it is signed. */
export interface Parties {
  groupIds: string[];
  buyerId: string;
  productId: string;
}

/** What `save_contract` takes: a new draft when `id` is null; the reason counts only for an amendment. */
export function contractInput(
  id: string | null,
  parties: Parties,
  d: TermsDraft,
  amendmentReason: string,
): { input: ContractInput; sent: SentRows } {
  const { terms, sent } = termsToSend(d);
  return {
    input: { id, groupIds: [...parties.groupIds], buyerId: parties.buyerId, productId: parties.productId, terms, amendmentReason },
    sent,
  };
}

/** The core's name for a terms field: `terms.groupRep.name`. */
export function termsField(path: string): string {
  return `terms.${path}`;
}

export function gradeField(sent: SentRows, key: number, field: (typeof GRADE_FIELDS)[number]): string {
  return rowField("terms.grades", sent.grades, key, field);
}

export function clauseField(sent: SentRows, key: number, field: (typeof CLAUSE_FIELDS)[number]): string {
  return rowField("terms.clauses", sent.clauses, key, field);
}

/** Every field the contract form shows next to its box, for the rows as last sent. */
export function contractFields(sent: SentRows): string[] {
  return [
    "amendmentReason",
    "terms.grades",
    ...TERMS_FIELDS.map(termsField),
    ...sent.grades.flatMap((k) => GRADE_FIELDS.map((f) => gradeField(sent, k, f))),
    ...sent.clauses.flatMap((k) => CLAUSE_FIELDS.map((f) => clauseField(sent, k, f))),
  ];
}

/** The id of a plain terms box (also its data-testid): `terms-groupRep.name`. */
export function termsBoxId(path: string): string {
  return `terms-${path}`;
}

export function gradeBoxId(key: number, field: "name" | "description" | "price"): string {
  return `grade-${key}-${field}`;
}

export function clauseBoxId(key: number, field: "title-km" | "title-en" | "text-km" | "text-en"): string {
  return `clause-${key}-${field}`;
}

/** The "add a grade" and "add a clause" buttons, focused when there is no row to fill. */
export const ADD_GRADE_ID = "terms-grade-add";
export const ADD_CLAUSE_ID = "contract-clause-add";

/**
 * The box to fill for a field the checklist says is missing: `groupRep.idNumber` is
 * its own box; `clauses.disputes` the text of that clause (or "add a clause" when it
 * was removed); `grades` the first grade without a price (or "add a grade").
 */
export function missingBoxId(path: string, d: Pick<TermsDraft, "clauses" | "grades">): string {
  if (path.startsWith("clauses.")) {
    const key = path.slice("clauses.".length);
    const row = d.clauses.find((c) => c.clause === key);
    return row ? clauseBoxId(row.key, "text-km") : ADD_CLAUSE_ID;
  }
  if (path === "grades") {
    const row = d.grades.find((g) => g.grade.trim() === "") ?? d.grades.find((g) => numberOrNull(g.price) === null);
    if (!row) return d.grades.length > 0 ? gradeBoxId(d.grades[0].key, "price") : ADD_GRADE_ID;
    return gradeBoxId(row.key, row.grade.trim() === "" ? "name" : "price");
  }
  return termsBoxId(path);
}
