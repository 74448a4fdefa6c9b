// The group's supply plan as the table shows it: per product twelve months of
// quantities for market (the core's figures), and, where the group's cluster plans
// deliveries, that row too and how far the members' plans fall short or go over.
import type { Product } from "../../bindings/Product";
import type { SupplyPlan } from "../../bindings/SupplyPlan";

export interface SupplyRow {
  product: Product;
  households: number;
  months: number[];
  total: number;
  expectedPriceKhr: number | null;
  /** The cluster's plan for the product, month by month; null when there is none. */
  cluster: number[] | null;
  clusterTotal: number | null;
  /** Plans − cluster per month (negative: the members plan less than the cluster needs). */
  difference: number[] | null;
}

/** Two quantities are the same when they agree to the thousandth (the core keeps thousandths). */
const same = (a: number, b: number) => Math.round(a * 1000) === Math.round(b * 1000);

/** Plans − cluster per month, to the thousandth; 0 where they agree. */
export function monthDifference(plans: readonly number[], cluster: readonly number[]): number[] {
  return Array.from({ length: 12 }, (_, i) => {
    const p = plans[i] ?? 0;
    const c = cluster[i] ?? 0;
    return same(p, c) ? 0 : Math.round((p - c) * 1000) / 1000;
  });
}

export function supplyRows(plan: SupplyPlan): SupplyRow[] {
  return plan.lines.map((l) => {
    const cluster = l.clusterMonths ? Array.from({ length: 12 }, (_, i) => l.clusterMonths?.[i] ?? 0) : null;
    return {
      product: l.product,
      households: l.households,
      months: Array.from({ length: 12 }, (_, i) => l.months[i] ?? 0),
      total: l.total,
      expectedPriceKhr: l.expectedPriceKhr,
      cluster,
      clusterTotal: cluster ? Math.round(cluster.reduce((a, b) => a + b, 0) * 1000) / 1000 : null,
      difference: cluster ? monthDifference(l.months, cluster) : null,
    };
  });
}

/** How a month of the cluster row reads against the plans: short, over or met. */
export function differenceTone(diff: number): "short" | "over" | "met" {
  return diff < 0 ? "short" : diff > 0 ? "over" : "met";
}
