// The expenditure form: what the officer types, and the input the core takes. Amounts
// go in the currency typed (whole riel, or dollars with cents → cents) with the rate
// for riel; the core converts, checks and decides.
import type { ActivityLine } from "../../bindings/ActivityLine";
import type { Currency } from "../../bindings/Currency";
import type { EventLink } from "../../bindings/EventLink";
import type { ExpenditureInput } from "../../bindings/ExpenditureInput";
import { EVENT_KINDS } from "../codes";
import { toMinor } from "../contracts/money";
import { rateOrNull } from "./money";

export interface ExpenditureDraft {
  spentOn: string;
  line: ActivityLine | null;
  communeCode: string;
  amount: number | null;
  currency: Currency;
  rate: number | null;
  payee: string;
  description: string;
  voucher: string;
  /** The linked event as `kind/id`; "" for none. */
  event: string;
  overReason: string;
  overBy: string;
}

/** The form's boxes, by the input's field names. */
export const EXPENDITURE_FIELDS = [
  "spentOn",
  "line",
  "communeCode",
  "amount",
  "currency",
  "rate",
  "payee",
  "description",
  "voucher",
  "event",
  "overReason",
  "overBy",
] as const;

/** A date within the fiscal year to start from: today, or the year's last day once it is over. */
export function defaultDate(today: string, fiscalYear: number): string {
  const year = Number(today.slice(0, 4));
  if (year === fiscalYear) return today;
  return year > fiscalYear ? `${fiscalYear}-12-31` : "";
}

export function newExpenditure(today: string, fiscalYear: number, communeCode: string | null): ExpenditureDraft {
  return {
    spentOn: defaultDate(today, fiscalYear),
    line: null,
    communeCode: communeCode ?? "",
    amount: null,
    currency: "USD",
    rate: null,
    payee: "",
    description: "",
    voucher: "",
    event: "",
    overReason: "",
    overBy: "",
  };
}

/** An event as the select's value. */
export function eventKey(e: EventLink): string {
  return `${e.kind}/${e.id}`;
}

/** The select's value as an event; "" (none) or anything unknown as null. */
export function parseEventKey(key: string): EventLink | null {
  const slash = key.indexOf("/");
  if (slash < 0) return null;
  const kind = key.slice(0, slash);
  const id = key.slice(slash + 1);
  return (EVENT_KINDS as readonly string[]).includes(kind) && id ? { kind: kind as EventLink["kind"], id } : null;
}

/** The input for `save_expenditure`; the rate only goes with riel. */
export function expenditureInput(d: ExpenditureDraft, confirmed: boolean): ExpenditureInput {
  return {
    spentOn: d.spentOn.trim(),
    line: d.line,
    communeCode: d.communeCode,
    amount: toMinor(d.amount, d.currency),
    currency: d.currency,
    rate: d.currency === "KHR" ? rateOrNull(d.rate) : null,
    payee: d.payee.trim(),
    description: d.description.trim(),
    voucher: d.voucher.trim(),
    event: parseEventKey(d.event),
    overReason: d.overReason.trim(),
    overBy: d.overBy.trim(),
    confirmed,
  };
}
