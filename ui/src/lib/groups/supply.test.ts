import { describe, expect, it } from "vitest";
import type { SupplyLine } from "../../bindings/SupplyLine";
import { differenceTone, monthDifference, supplyRows } from "./supply";

const product = {
  id: "p1",
  nameKm: "ត្រសក់",
  nameEn: "Cucumber",
  category: "vegetable",
  unit: "kg",
  priceMinKhr: 500,
  priceMaxKhr: 5000,
  archived: false,
} as const;

const months = (entries: Record<number, number>) => Array.from({ length: 12 }, (_, i) => entries[i + 1] ?? 0);

const line = (over: Partial<SupplyLine> = {}): SupplyLine => ({
  product,
  households: 3,
  months: months({ 3: 800, 4: 200.5 }),
  total: 1000.5,
  expectedPriceKhr: 2000,
  clusterMonths: null,
  ...over,
});

describe("the supply plan table", () => {
  it("shows the core's figures as they are, one row per line, without a cluster row when there is none", () => {
    const rows = supplyRows({ groupId: "g1", season: null, lines: [line()] });
    expect(rows).toHaveLength(1);
    expect(rows[0].months[2]).toBe(800);
    expect(rows[0].total).toBe(1000.5);
    expect(rows[0].households).toBe(3);
    expect(rows[0].cluster).toBeNull();
    expect(rows[0].difference).toBeNull();
  });

  it("sets the cluster's plan beside the members' and marks each month short, over or met", () => {
    const rows = supplyRows({
      groupId: "g1",
      season: "2026",
      lines: [line({ clusterMonths: months({ 3: 1000, 4: 200.5, 5: 0, 6: 50 }) })],
    });
    const r = rows[0];
    expect(r.cluster?.[2]).toBe(1000);
    expect(r.clusterTotal).toBe(1250.5);
    expect(r.difference?.[2]).toBe(-200);
    expect(r.difference?.[3]).toBe(0);
    expect(r.difference?.[5]).toBe(-50);
    expect(r.difference?.map(differenceTone).slice(2, 6)).toEqual(["short", "met", "met", "short"]);
  });

  it("counts quantities that agree to the thousandth as met", () => {
    const d = monthDifference(months({ 1: 0.1 + 0.2, 2: 10 }), months({ 1: 0.3, 2: 7.5 }));
    expect(d[0]).toBe(0);
    expect(d[1]).toBe(2.5);
    expect(differenceTone(d[1])).toBe("over");
  });

  it("keeps the core's order of lines (largest total first)", () => {
    const other = { ...product, id: "p2" };
    const rows = supplyRows({ groupId: "g1", season: null, lines: [line({ product: other, total: 5 }), line()] });
    expect(rows.map((r) => r.product.id)).toEqual(["p2", "p1"]);
  });
});
