// The interview entry form (annex 2) as plain data: the header and the product
// rows as typed, turned into what the backend checks, and the backend's verdict on
// `lines.<row>.<field>` mapped back to the rows. Nothing here decides a rule.
import type { Interview } from "../../bindings/Interview";
import type { InterviewInput } from "../../bindings/InterviewInput";
import type { InterviewLine } from "../../bindings/InterviewLine";
import type { InterviewLineInput } from "../../bindings/InterviewLineInput";
import type { Official } from "../../bindings/Official";
import type { Payment } from "../../bindings/Payment";
import type { Per } from "../../bindings/Per";
import type { Sex } from "../../bindings/Sex";
import type { Source } from "../../bindings/Source";
import type { Unit } from "../../bindings/Unit";
import type { VendorKind } from "../../bindings/VendorKind";
import { numberOrNull } from "../forms";

/** One product row as typed; number boxes hold null (or NaN) when empty. */
export interface LineDraft {
  /** Identifies the row while rows come and go; never sent. */
  key: number;
  productId: string | null;
  quantity: number | null;
  unit: Unit | null;
  per: Per | null;
  months: number[];
  peakMonths: number[];
  grade: string;
  fresh: boolean;
  safe: boolean;
  packaging: string;
  buyPriceKhr: number | null;
  sellPriceKhr: number | null;
  source: Source | null;
  willing: boolean;
  willingQuantity: number | null;
  payment: Payment | null;
  paymentDays: number | null;
}

/** Who was interviewed, where, when and by whom. */
export interface HeaderDraft {
  id: string | null;
  archived: boolean;
  marketId: string | null;
  interviewedOn: string;
  interviewerId: string | null;
  vendorName: string;
  sex: Sex | null;
  vendorKind: VendorKind | null;
  phone: string;
  notes: string;
}

/** The header's fields, as the backend's violations name them. */
export const HEADER_FIELDS = [
  "marketId",
  "interviewedOn",
  "interviewerId",
  "vendorName",
  "sex",
  "vendorKind",
  "phone",
  "notes",
  "lines",
] as const;

/** A row's fields in the order the row shows them (and the summary lists them). */
export const LINE_FIELDS = [
  "productId",
  "quantity",
  "unit",
  "per",
  "buyPriceKhr",
  "sellPriceKhr",
  "source",
  "months",
  "peakMonths",
  "grade",
  "packaging",
  "willingQuantity",
  "payment",
  "paymentDays",
] as const;
export type LineField = (typeof LINE_FIELDS)[number];

let lastKey = 0;

/** A new row: quantities are most often given per day (a market vendor's day). */
export function emptyLine(): LineDraft {
  return {
    key: ++lastKey,
    productId: null,
    quantity: null,
    unit: null,
    per: "day",
    months: [],
    peakMonths: [],
    grade: "",
    fresh: false,
    safe: false,
    packaging: "",
    buyPriceKhr: null,
    sellPriceKhr: null,
    source: null,
    willing: false,
    willingQuantity: null,
    payment: null,
    paymentDays: null,
  };
}

export function lineFromSaved(line: InterviewLine): LineDraft {
  return {
    key: ++lastKey,
    productId: line.product.id,
    quantity: line.quantity,
    unit: line.unit,
    per: line.per,
    months: [...line.months],
    peakMonths: [...line.peakMonths],
    grade: line.grade,
    fresh: line.fresh,
    safe: line.safe,
    packaging: line.packaging,
    buyPriceKhr: line.buyPriceKhr,
    sellPriceKhr: line.sellPriceKhr,
    source: line.source,
    willing: line.willing,
    willingQuantity: line.willingQuantity,
    payment: line.payment,
    paymentDays: line.paymentDays,
  };
}

export function headerFromSaved(interview: Interview): HeaderDraft {
  return {
    id: interview.id,
    archived: interview.archived,
    marketId: interview.marketId,
    interviewedOn: interview.interviewedOn,
    interviewerId: interview.interviewerId,
    vendorName: interview.vendorName,
    sex: interview.sex,
    vendorKind: interview.vendorKind,
    phone: interview.phone,
    notes: interview.notes,
  };
}

export function emptyHeader(defaults: Pick<HeaderDraft, "marketId" | "interviewedOn" | "interviewerId">): HeaderDraft {
  return {
    id: null,
    archived: false,
    ...defaults,
    vendorName: "",
    sex: null,
    vendorKind: null,
    phone: "",
    notes: "",
  };
}

/** "Save and next vendor": the same market, day and interviewer; a new vendor. */
export function nextVendorHeader(h: HeaderDraft): HeaderDraft {
  return emptyHeader({ marketId: h.marketId, interviewedOn: h.interviewedOn, interviewerId: h.interviewerId });
}

/** Whole riel and whole days: the backend keeps integers, so a typed 2500.4 is 2500. */
function wholeOrNull(value: number | null | undefined): number | null {
  const n = numberOrNull(value);
  return n === null ? null : Math.round(n);
}

/** A row nothing was typed in (its period keeps its default). */
export function isBlankLine(l: LineDraft): boolean {
  return (
    l.productId === null &&
    numberOrNull(l.quantity) === null &&
    l.unit === null &&
    l.months.length === 0 &&
    l.peakMonths.length === 0 &&
    l.grade.trim() === "" &&
    !l.fresh &&
    !l.safe &&
    l.packaging.trim() === "" &&
    numberOrNull(l.buyPriceKhr) === null &&
    numberOrNull(l.sellPriceKhr) === null &&
    l.source === null &&
    !l.willing &&
    l.payment === null &&
    numberOrNull(l.paymentDays) === null
  );
}

/**
 * The rows to send: untouched rows at the end (Enter adds one) are left out. Rows
 * before them keep their places, so `lines.<i>` in a refusal is the i-th row shown.
 */
export function rowsToSend(lines: readonly LineDraft[]): LineDraft[] {
  let end = lines.length;
  while (end > 0 && isBlankLine(lines[end - 1])) end -= 1;
  return lines.slice(0, end);
}

/**
 * A row as the backend takes it: empty boxes and choices as null. The quantity a
 * vendor would take from a group goes only with "willing", and credit days only
 * with credit, as their boxes are open only then.
 */
export function lineInput(l: LineDraft): InterviewLineInput {
  return {
    productId: l.productId,
    quantity: numberOrNull(l.quantity),
    unit: l.unit,
    per: l.per,
    months: [...l.months],
    peakMonths: [...l.peakMonths],
    grade: l.grade,
    fresh: l.fresh,
    safe: l.safe,
    packaging: l.packaging,
    buyPriceKhr: wholeOrNull(l.buyPriceKhr),
    sellPriceKhr: wholeOrNull(l.sellPriceKhr),
    source: l.source,
    willing: l.willing,
    willingQuantity: l.willing ? numberOrNull(l.willingQuantity) : null,
    payment: l.payment,
    paymentDays: l.payment === "credit" ? wholeOrNull(l.paymentDays) : null,
  };
}

export function interviewInput(
  campaignId: string,
  header: HeaderDraft,
  lines: readonly LineDraft[],
  confirmed = false,
): InterviewInput {
  return {
    id: header.id,
    campaignId,
    marketId: header.marketId,
    vendorName: header.vendorName,
    sex: header.sex,
    vendorKind: header.vendorKind,
    phone: header.phone,
    interviewerId: header.interviewerId,
    interviewedOn: header.interviewedOn,
    notes: header.notes,
    lines: rowsToSend(lines).map(lineInput),
    confirmed,
  };
}

/** Today's date where the officer is, as yyyy-mm-dd. */
export function isoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A new interview's date: today during the campaign, else the campaign's first day. */
export function defaultInterviewDate(campaign: { startsOn: string; endsOn: string }, today: string): string {
  return today >= campaign.startsOn && today <= campaign.endsOn ? today : campaign.startsOn;
}

/** Interviewers to choose from: the campaign's team first, then the other officials. */
export function interviewerOptions(team: readonly Official[], officials: readonly Official[]): {
  team: Official[];
  others: Official[];
} {
  const inTeam = new Set(team.map((o) => o.id));
  return { team: [...team], others: officials.filter((o) => !inTeam.has(o.id) && !o.archived) };
}

/** The field names the form shows next to their controls, for `count` rows. */
export function shownFields(count: number): string[] {
  const rows = Array.from({ length: count }, (_, i) => LINE_FIELDS.map((f) => `lines.${i}.${f}`));
  return [...HEADER_FIELDS, ...rows.flat()];
}

const LINE_FIELD = /^lines\.(\d+)\.(\w+)$/;

/** Splits `lines.3.quantity` into row 3 and its field; null for any other name. */
export function parseLineField(field: string): { row: number; field: string } | null {
  const m = LINE_FIELD.exec(field);
  return m ? { row: Number(m[1]), field: m[2] } : null;
}

/** One row's messages by its field name. */
export function rowMessages(fields: Record<string, string[]>, row: number): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, messages] of Object.entries(fields)) {
    const at = parseLineField(name);
    if (at && at.row === row) out[at.field] = messages;
  }
  return out;
}

export interface LineProblem {
  row: number;
  field: string;
  message: string;
}

/** Every row message, top row first and in the row's field order: for the summary. */
export function lineProblems(fields: Record<string, string[]>): LineProblem[] {
  const order = (f: string) => {
    const i = (LINE_FIELDS as readonly string[]).indexOf(f);
    return i < 0 ? LINE_FIELDS.length : i;
  };
  const out: LineProblem[] = [];
  for (const [name, messages] of Object.entries(fields)) {
    const at = parseLineField(name);
    if (at) for (const message of messages) out.push({ ...at, message });
  }
  return out.sort((a, b) => a.row - b.row || order(a.field) - order(b.field));
}

/**
 * Row `removed` is gone: its messages go with it, and those of the rows below
 * move up one, so each message stays beside the cell it spoke of.
 */
export function shiftLineFields(fields: Record<string, string[]>, removed: number): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, messages] of Object.entries(fields)) {
    const at = parseLineField(name);
    if (!at) out[name] = messages;
    else if (at.row < removed) out[name] = messages;
    else if (at.row > removed) out[`lines.${at.row - 1}.${at.field}`] = messages;
  }
  return out;
}
