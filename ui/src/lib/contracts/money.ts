// Money as the officer types and reads it, and as the core keeps it. The core holds
// integer units of the contract's currency (whole riel, or US cents); the officer
// types riel as a whole number and dollars with cents. Presentation only: this file
// converts, it never works out an amount.
import type { Currency } from "../../bindings/Currency";
import { numberOrNull } from "../forms";

/** Integer units of the currency per unit typed: 1 riel, 100 cents a dollar. */
export function minorPerMajor(currency: Currency | null): number {
  return currency === "USD" ? 100 : 1;
}

/**
 * What was typed (riel, or dollars with cents) as integer units for the core; an
 * empty box as null. Without a currency yet, the figure is taken as riel.
 */
export function toMinor(typed: number | null | undefined, currency: Currency | null): number | null {
  const n = numberOrNull(typed);
  return n === null ? null : Math.round(n * minorPerMajor(currency));
}

/** Integer units from the core as the box shows them: riel, or dollars (cents as decimals). */
export function fromMinor(minor: number | null | undefined, currency: Currency | null): number | null {
  const n = numberOrNull(minor);
  if (n === null) return null;
  const per = minorPerMajor(currency);
  // Rounded to the cent so 1999 cents reads 19.99, not 19.990000000000002.
  return per === 1 ? n : Math.round(n) / per;
}

/** The step a money box takes: 1 riel, or a cent. */
export function moneyStep(currency: Currency | null): string {
  return currency === "USD" ? "0.01" : "1";
}

/** "12,500 ៛", "$1,234.50"; a figure without a currency reads as riel. */
export function formatMoney(minor: number, currency: Currency | null): string {
  if (currency === "USD") {
    const dollars = Math.round(minor) / 100;
    const text = Math.abs(dollars).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    return `${dollars < 0 ? "-" : ""}$${text}`;
  }
  return `${Math.round(minor).toLocaleString("en-US")} ៛`;
}

/** The money's sign to show beside a box: ៛ or $. */
export function currencySign(currency: Currency | null): string {
  return currency === "USD" ? "$" : "៛";
}
