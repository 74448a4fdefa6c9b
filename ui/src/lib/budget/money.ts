// The budget's money as typed and read: amounts in their currency (whole riel, or
// dollars with cents — `contracts/money` converts), the rate in riel per dollar, and
// the dollars a riel amount comes to, shown while typing. The core keeps the cents.
import type { Currency } from "../../bindings/Currency";
import { numberOrNull } from "../forms";
import { formatMoney, toMinor } from "../contracts/money";

/** A rate box as the core takes it: whole riel per dollar; empty as null. */
export function rateOrNull(typed: number | null | undefined): number | null {
  const n = numberOrNull(typed);
  return n === null ? null : Math.round(n);
}

/**
 * What `minor` units of `currency` come to in US cents at `rate` riel a dollar,
 * rounded half away from zero as the core rounds; null while a riel amount has no
 * usable rate. For the hint beside the box only: the core records its own figure.
 */
export function usdCents(minor: number | null, currency: Currency | null, rate: number | null): number | null {
  if (minor === null) return null;
  if (currency === "USD") return minor;
  if (rate === null || rate <= 0) return null;
  const cents = Math.round((Math.abs(minor) * 100) / rate);
  return minor < 0 ? -cents : cents;
}

/** The USD equivalent of what is typed, for the hint: "$12.20", or null. */
export function usdPreview(typed: number | null | undefined, currency: Currency | null, rate: number | null | undefined): string | null {
  if (currency !== "KHR") return null;
  const cents = usdCents(toMinor(typed, currency), currency, rateOrNull(rate));
  return cents === null ? null : formatMoney(cents, "USD");
}

/** Cents as the dollars a box shows (1999 → 19.99). */
export function centsToDollars(cents: number): number {
  return Math.round(cents) / 100;
}

/** "$1,000.00": the budget's figures are US cents. */
export function dollars(cents: number): string {
  return formatMoney(cents, "USD");
}
