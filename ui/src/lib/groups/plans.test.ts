import { describe, expect, it } from "vitest";
import type { GroupMember } from "../../bindings/GroupMember";
import type { ProductionPlan } from "../../bindings/ProductionPlan";
import { rowField } from "../rows";
import {
  defaultSeason,
  emptyInputRow,
  emptyPlan,
  formatMonth,
  formatMonthSpan,
  parseMonth,
  planFields,
  planFromSaved,
  planInput,
  plansByMember,
  seasonsOf,
} from "./plans";

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

const saved = (over: Partial<ProductionPlan> = {}): ProductionPlan => ({
  id: "plan1",
  householdId: "h1",
  householdNameKm: "សុខ",
  groupId: "g1",
  season: "2026",
  product,
  capacityKind: "area_m2",
  capacity: 1200,
  startsOn: "2026-01",
  endsOn: "2026-03",
  expectedYield: 900,
  kept: 100,
  forMarket: 800,
  expectedPriceKhr: 2000,
  inputsCostKhr: 300000,
  labourCostKhr: 200000,
  otherCostKhr: 0,
  inputs: [{ item: "Seed", quantity: 2, unit: "kg" }],
  revenueKhr: 1600000,
  costKhr: 500000,
  profitKhr: 1100000,
  archived: false,
  ...over,
});

describe("the production plan form", () => {
  it("sends empty boxes as null, not 0, so the core reports them as missing", () => {
    const d = emptyPlan("h1", "g1", "2026");
    d.capacity = NaN;
    d.kept = undefined as unknown as null;
    const { input } = planInput(d);
    expect(input).toMatchObject({
      householdId: "h1",
      groupId: "g1",
      season: "2026",
      productId: null,
      capacityKind: null,
      capacity: null,
      expectedYield: null,
      kept: null,
      expectedPriceKhr: null,
      inputsCostKhr: null,
      labourCostKhr: null,
      otherCostKhr: null,
      startsOn: "",
      endsOn: "",
      inputs: [],
    });
  });

  it("keeps a typed 0 as 0 and sends riel as whole numbers, a negative as typed", () => {
    const d = emptyPlan("h1", "g1", " 2026 dry season ");
    d.kept = 0;
    d.otherCostKhr = 0;
    d.expectedPriceKhr = 2500.6;
    d.labourCostKhr = -5;
    const { input } = planInput(d);
    expect(input.kept).toBe(0);
    expect(input.otherCostKhr).toBe(0);
    expect(input.expectedPriceKhr).toBe(2501);
    expect(input.labourCostKhr).toBe(-5);
    expect(input.season).toBe("2026 dry season");
  });

  it("leaves blank input rows out and maps the core's row numbers back to the rows", () => {
    const d = emptyPlan("h1", "g1", "2026");
    const blank = emptyInputRow();
    const seed = { ...emptyInputRow(), item: "Seed", quantity: 2, unit: "kg" };
    const net = { ...emptyInputRow(), item: "Net", quantity: null, unit: "" };
    d.inputs = [blank, seed, net];
    const { input, sent } = planInput(d);
    expect(input.inputs).toEqual([
      { item: "Seed", quantity: 2, unit: "kg" },
      { item: "Net", quantity: null, unit: "" },
    ]);
    expect(sent).toEqual([seed.key, net.key]);
    // The core's `inputs.1.quantity` is the net's row, not the blank one's.
    expect(rowField("inputs", sent, net.key, "quantity")).toBe("inputs.1.quantity");
    expect(rowField("inputs", sent, blank.key, "quantity")).not.toMatch(/^inputs\.\d/);
    expect(planFields(sent)).toContain("inputs.1.quantity");
    expect(planFields(sent)).not.toContain("inputs.2.quantity");
  });

  it("opens a saved plan with its numbers and sends them back unchanged", () => {
    const d = planFromSaved(saved());
    const { input } = planInput(d);
    expect(input).toMatchObject({
      id: "plan1",
      productId: "p1",
      capacity: 1200,
      expectedYield: 900,
      kept: 100,
      expectedPriceKhr: 2000,
      inputs: [{ item: "Seed", quantity: 2, unit: "kg" }],
    });
    // Nothing computed goes back: the core works out the money.
    expect(input).not.toHaveProperty("profitKhr");
    expect(input).not.toHaveProperty("forMarket");
  });

  it("starts a new plan in the office's fiscal year", () => {
    expect(defaultSeason(2027)).toBe("2027");
    expect(defaultSeason(null)).toBe(String(new Date().getFullYear()));
  });
});

describe("months", () => {
  it("reads only YYYY-MM with a real month", () => {
    expect(parseMonth("2026-03")).toEqual([2026, 3]);
    expect(parseMonth("2026-13")).toBeNull();
    expect(parseMonth("2026-3")).toBeNull();
    expect(parseMonth("")).toBeNull();
  });

  it("writes months as month/year, and a span once when it is one month", () => {
    expect(formatMonth("2026-03")).toBe("03/2026");
    expect(formatMonth("soon")).toBe("soon");
    expect(formatMonthSpan("2026-01", "2026-03")).toBe("01/2026 – 03/2026");
    expect(formatMonthSpan("2026-03", "2026-03")).toBe("03/2026");
  });
});

describe("plans by member", () => {
  const member = (id: string) => ({ householdId: id, nameKm: id }) as GroupMember;

  it("lists every member in order, with their plans newest season first, archived ones left out", () => {
    const plans = [
      saved({ id: "a", householdId: "h2", season: "2025" }),
      saved({ id: "b", householdId: "h2", season: "2026" }),
      saved({ id: "c", householdId: "h2", archived: true }),
      saved({ id: "d", householdId: "gone" }),
    ];
    const rows = plansByMember([member("h1"), member("h2")], plans);
    expect(rows.map((r) => r.member.householdId)).toEqual(["h1", "h2"]);
    expect(rows[0].plans).toEqual([]);
    expect(rows[1].plans.map((p) => p.id)).toEqual(["b", "a"]);
  });

  it("offers each season once, newest first", () => {
    expect(
      seasonsOf([
        { season: "2025", archived: false },
        { season: "2026", archived: false },
        { season: "2025", archived: false },
        { season: "2019", archived: true },
      ]),
    ).toEqual(["2026", "2025"]);
  });
});
