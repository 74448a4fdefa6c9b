// The balances as the overview and the home screen draw them. The core adds up the
// money; this only turns its figures into a bar and picks which commune to point at.

export interface Balance {
  envelopeCents: number;
  spentCents: number;
}

/** How full the bar of use is: spent of envelope, 0–1 (full, never past, when over). */
export function useFill(b: Balance): number {
  if (b.envelopeCents <= 0) return b.spentCents > 0 ? 1 : 0;
  return Math.min(1, Math.max(0, b.spentCents / b.envelopeCents));
}

/** Spent of envelope as a whole percentage, past 100 when over: "104%". */
export function usePercent(b: Balance): string {
  if (b.envelopeCents <= 0) return b.spentCents > 0 ? "100%" : "0%";
  return `${Math.round((b.spentCents / b.envelopeCents) * 100)}%`;
}

/** The bar's colour: red beyond the envelope, amber from 90% used. */
export function useTone(b: Balance): "over" | "near" | "ok" {
  if (b.spentCents > b.envelopeCents) return "over";
  if (b.spentCents * 10 >= b.envelopeCents * 9) return "near";
  return "ok";
}

/**
 * The commune closest to (or furthest beyond) its envelope: the one with the least
 * left of its envelope, as a share. Null when there is none.
 */
export function tightest<T extends Balance & { commune: { code: string } }>(communes: readonly T[]): T | null {
  let best: T | null = null;
  let bestShare = Infinity;
  for (const c of communes) {
    const share = c.envelopeCents > 0 ? (c.envelopeCents - c.spentCents) / c.envelopeCents : -Infinity;
    if (share < bestShare || (share === bestShare && best !== null && c.commune.code < best.commune.code)) {
      best = c;
      bestShare = share;
    }
  }
  return best;
}
