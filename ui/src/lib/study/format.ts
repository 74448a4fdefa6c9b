// Figures of the market study as the screens write them. Digits are grouped the way
// the Home figures are ("1,200"); dates are day/month/year, as written in Cambodia.

export function formatRiel(amount: number): string {
  return Math.round(amount).toLocaleString("en-US");
}

/** A quantity with at most one decimal: 12.5, 1,250. */
export function formatQuantity(q: number): string {
  return (Math.round(q * 10) / 10).toLocaleString("en-US", { maximumFractionDigits: 1 });
}

/** A share from 0 to 1 as a whole percentage: 0.456 → "46%". */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** A score part from 0 to 1 with two decimals. */
export function formatPart(part: number): string {
  return part.toFixed(2);
}

export function formatDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return d && m && y ? `${d}/${m}/${y}` : iso;
}

export function formatPeriod(startsOn: string, endsOn: string): string {
  return `${formatDate(startsOn)} – ${formatDate(endsOn)}`;
}

/** Done of target as a bar's fill, 0–1; full (never over) when the target is met. */
export function progressShare(done: number, target: number): number {
  if (target <= 0) return done > 0 ? 1 : 0;
  return Math.min(1, Math.max(0, done / target));
}
