import { describe, expect, it } from "vitest";
import type { BudgetPlanCell } from "../../bindings/BudgetPlanCell";
import type { Place } from "../../bindings/Place";
import { distributionInput, lineAmount, newDistribution, nextDistribution } from "./distributions";
import { envelopesDraft, envelopesInput } from "./envelopes";
import { defaultDate, eventKey, expenditureInput, newExpenditure, parseEventKey } from "./expenditures";
import { asksOverReason, byId, canReverse, refusalKind, renameReverse } from "./journal";
import { rateOrNull, usdCents, usdPreview } from "./money";
import { tightest, useFill, usePercent, useTone } from "./overview";
import {
  cellField,
  columnCents,
  communeField,
  planFields,
  planGrid,
  planInput,
  rowCents,
  totalCents,
  withCommuneNames,
} from "./plan";
import { budgetHref, parseBudgetRoute } from "./route";

const A: Place = { code: "040610", nameKm: "ក", nameEn: "Alpha" };
const B: Place = { code: "040611", nameKm: "ខ", nameEn: "Beta" };

describe("the budget's route", () => {
  it("reads each tab, and an SLG under inputs only", () => {
    expect(parseBudgetRoute("#budget")).toEqual({ tab: "overview", slgId: null });
    expect(parseBudgetRoute("#budget/plan")).toEqual({ tab: "plan", slgId: null });
    expect(parseBudgetRoute("#budget/inputs/s%201")).toEqual({ tab: "inputs", slgId: "s 1" });
    expect(parseBudgetRoute("#budget/plan/s1")).toEqual({ tab: "plan", slgId: null });
    expect(parseBudgetRoute("#budget/nonsense")).toEqual({ tab: "overview", slgId: null });
    expect(parseBudgetRoute("#home/plan")).toEqual({ tab: "overview", slgId: null });
  });

  it("writes the hash it reads", () => {
    for (const r of [
      { tab: "overview", slgId: null },
      { tab: "plan", slgId: null },
      { tab: "inputs", slgId: "s/1" },
      { tab: "settings", slgId: null },
    ] as const) {
      expect(parseBudgetRoute(budgetHref(r))).toEqual(r);
    }
    expect(budgetHref({ tab: "overview", slgId: null })).toBe("#budget");
  });
});

describe("the bar of use", () => {
  it("fills to the share spent, never past full", () => {
    expect(useFill({ envelopeCents: 100_000, spentCents: 25_000 })).toBe(0.25);
    expect(useFill({ envelopeCents: 100_000, spentCents: 130_000 })).toBe(1);
    expect(useFill({ envelopeCents: 100_000, spentCents: -5 })).toBe(0);
    expect(useFill({ envelopeCents: 0, spentCents: 1 })).toBe(1);
  });

  it("says the percentage past 100 when over", () => {
    expect(usePercent({ envelopeCents: 100_000, spentCents: 104_000 })).toBe("104%");
    expect(usePercent({ envelopeCents: 100_000, spentCents: 0 })).toBe("0%");
  });

  it("is red only beyond the envelope, amber from 90%", () => {
    expect(useTone({ envelopeCents: 100_000, spentCents: 100_000 })).toBe("near");
    expect(useTone({ envelopeCents: 100_000, spentCents: 100_001 })).toBe("over");
    expect(useTone({ envelopeCents: 100_000, spentCents: 90_000 })).toBe("near");
    expect(useTone({ envelopeCents: 100_000, spentCents: 89_999 })).toBe("ok");
  });

  it("points at the commune with the least left, as a share of its envelope", () => {
    const c = (code: string, envelopeCents: number, spentCents: number) => ({ commune: { code }, envelopeCents, spentCents });
    expect(tightest([])).toBeNull();
    expect(tightest([c("1", 100_000, 50_000), c("2", 100_000, 97_000), c("3", 100_000, 10_000)])?.commune.code).toBe("2");
    expect(tightest([c("1", 100_000, 120_000), c("2", 100_000, 97_000)])?.commune.code).toBe("1");
    // Less left in dollars, more as a share.
    expect(tightest([c("1", 200_000, 150_000), c("2", 100_000, 90_000)])?.commune.code).toBe("2");
    expect(tightest([c("2", 100_000, 0), c("1", 100_000, 0)])?.commune.code).toBe("1");
  });
});

describe("budget money", () => {
  it("keeps a rate whole, an empty box null", () => {
    expect(rateOrNull(4100.4)).toBe(4100);
    expect(rateOrNull(null)).toBeNull();
    expect(rateOrNull(Number.NaN)).toBeNull();
  });

  it("turns riel into cents half away from zero, as the core does", () => {
    expect(usdCents(410_000, "KHR", 4100)).toBe(10_000);
    expect(usdCents(205, "KHR", 4100)).toBe(5); // 5.0 cents
    expect(usdCents(61_500, "KHR", 4100)).toBe(1500);
    expect(usdCents(-61_500, "KHR", 4100)).toBe(-1500);
    expect(usdCents(20_500, "KHR", 4000)).toBe(513); // 512.5 → 513
    expect(usdCents(-20_500, "KHR", 4000)).toBe(-513);
    expect(usdCents(1234, "USD", null)).toBe(1234);
    expect(usdCents(1000, "KHR", null)).toBeNull();
    expect(usdCents(null, "KHR", 4100)).toBeNull();
  });

  it("shows the dollars a riel amount comes to while typing", () => {
    expect(usdPreview(410_000, "KHR", 4100)).toBe("$100.00");
    expect(usdPreview(50_000, "KHR", 4000)).toBe("$12.50");
    expect(usdPreview(50, "USD", 4100)).toBeNull();
    expect(usdPreview(50_000, "KHR", null)).toBeNull();
  });
});

describe("the plan grid", () => {
  const cells: BudgetPlanCell[] = [
    { commune: A, line: "forum", usdCents: 25_050 },
    { commune: B, line: "market_study", usdCents: 10_000 },
    { commune: { code: "999999", nameKm: "", nameEn: "Gone" }, line: "forum", usdCents: 1 },
  ];

  it("fills the target communes' boxes in dollars, the rest empty", () => {
    const grid = planGrid([A, B], cells);
    expect(Object.keys(grid)).toEqual([A.code, B.code]);
    expect(grid[A.code].forum).toBe(250.5);
    expect(grid[A.code].dissemination).toBeNull();
    expect(grid[B.code].market_study).toBe(100);
  });

  it("sends every box, empty ones as null, and remembers where each went", () => {
    const grid = planGrid([A, B], cells);
    const { input, sent } = planInput(grid, [A, B], false);
    expect(input.cells).toHaveLength(14);
    expect(input.confirmed).toBe(false);
    const forumA = input.cells.findIndex((c) => c.communeCode === A.code && c.line === "forum");
    expect(input.cells[forumA].usdCents).toBe(25_050);
    expect(input.cells[0]).toEqual({ communeCode: A.code, line: "dissemination", usdCents: null });
    expect(cellField(sent, A.code, "forum")).toBe(`cells.${forumA}.usdCents`);
    expect(cellField([], A.code, "forum")).toBe(`plan.${A.code}.forum`);
    expect(planFields(sent, [A, B])).toContain(`cells.${forumA}.usdCents`);
    expect(planFields(sent, [A, B])).toContain(communeField(B.code));
    expect(planInput(grid, [A, B], true).input.confirmed).toBe(true);
  });

  it("adds rows, columns and the whole in cents", () => {
    const grid = planGrid([A, B], cells);
    grid[A.code].dissemination = 0.29;
    expect(rowCents(grid, A.code)).toBe(25_079);
    expect(columnCents(grid, [A, B], "forum")).toBe(25_050);
    expect(totalCents(grid, [A, B])).toBe(35_079);
    expect(rowCents(grid, "nowhere")).toBe(0);
  });

  it("names the commune a warning speaks of", () => {
    const err = withCommuneNames(
      {
        code: "needs_confirmation",
        message: "",
        violations: [{ field: `communes.${A.code}`, rule: "over_envelope", params: { commune: A.code, planned: "1200.00" } }],
      },
      [A, B],
      "en",
    );
    expect(err.violations[0].params).toEqual({ commune: "Alpha", planned: "1200.00" });
    expect(err.code).toBe("needs_confirmation");
  });
});

describe("the expenditure form", () => {
  it("starts within the fiscal year", () => {
    expect(defaultDate("2026-05-04", 2026)).toBe("2026-05-04");
    expect(defaultDate("2027-01-04", 2026)).toBe("2026-12-31");
    expect(defaultDate("2025-12-04", 2026)).toBe("");
    expect(newExpenditure("2026-05-04", 2026, A.code).communeCode).toBe(A.code);
    expect(newExpenditure("2026-05-04", 2026, null).communeCode).toBe("");
  });

  it("reads and writes an event choice", () => {
    expect(parseEventKey(eventKey({ kind: "forum", id: "f/1" }))).toEqual({ kind: "forum", id: "f/1" });
    expect(parseEventKey("")).toBeNull();
    expect(parseEventKey("party/1")).toBeNull();
    expect(parseEventKey("forum/")).toBeNull();
  });

  it("sends dollars as cents without a rate, riel whole with its rate", () => {
    const d = { ...newExpenditure("2026-05-04", 2026, A.code), line: "forum" as const, amount: 50.1, rate: 4100, payee: " Rolea ", event: "forum/f1" };
    const usd = expenditureInput(d, false);
    expect(usd).toMatchObject({ amount: 5010, currency: "USD", rate: null, payee: "Rolea", event: { kind: "forum", id: "f1" }, confirmed: false });
    const khr = expenditureInput({ ...d, currency: "KHR", amount: 205_000, overReason: " asked ", overBy: "chief" }, true);
    expect(khr).toMatchObject({ amount: 205_000, currency: "KHR", rate: 4100, overReason: "asked", overBy: "chief", confirmed: true });
    expect(expenditureInput({ ...d, amount: null }, false).amount).toBeNull();
  });
});

describe("the distribution form", () => {
  it("sends the unit cost in the currency's units and the rate only with riel", () => {
    const d = { ...newDistribution("2026-05-04", 2026), householdId: "h1", item: " Seed ", quantity: 2.5, unit: "kg", unitCost: 3.2 };
    expect(distributionInput(d, "s1", false)).toMatchObject({ slgId: "s1", householdId: "h1", item: "Seed", quantity: 2.5, unitCost: 320, rate: null });
    expect(distributionInput({ ...d, currency: "KHR", unitCost: 12_000, rate: 4050 }, "s1", true)).toMatchObject({ unitCost: 12_000, rate: 4050, confirmed: true });
    expect(distributionInput({ ...d, quantity: Number.NaN }, "s1", false).quantity).toBeNull();
  });

  it("works out the line's amount for the hint", () => {
    expect(lineAmount({ quantity: 2.5, unitCost: 3.2, currency: "USD" })).toBe(800);
    expect(lineAmount({ quantity: 3, unitCost: 12_000, currency: "KHR" })).toBe(36_000);
    expect(lineAmount({ quantity: null, unitCost: 1, currency: "KHR" })).toBeNull();
  });

  it("keeps the handover's day, item and supplier for the next household", () => {
    const d = { ...newDistribution("2026-05-04", 2026), householdId: "h1", item: "Seed", supplier: "Shop", overReason: "r", overBy: "b" };
    expect(nextDistribution(d)).toMatchObject({ householdId: "", item: "Seed", supplier: "Shop", givenOn: "2026-05-04", overReason: "", overBy: "" });
  });
});

describe("envelopes", () => {
  it("shows dollars and sends cents; an empty box as 0", () => {
    expect(envelopesDraft({ communeUsdCents: 100_000, slgUsdCents: 60_050 })).toEqual({ commune: 1000, slg: 600.5 });
    expect(envelopesInput({ commune: 1000, slg: 600.5 })).toEqual({ communeUsdCents: 100_000, slgUsdCents: 60_050 });
    expect(envelopesInput({ commune: null, slg: 0.29 })).toEqual({ communeUsdCents: 0, slgUsdCents: 29 });
  });
});

describe("journals", () => {
  const over = { code: "invalid_input", message: "", violations: [{ field: "overReason", rule: "over_envelope", params: { left: "12.00", amount: "50.00" } }] };

  it("knows a refusal that asks why the envelope may be exceeded", () => {
    expect(asksOverReason(over)).toBe(true);
    expect(asksOverReason({ code: "invalid_input", message: "", violations: [{ field: "payee", rule: "required", params: {} }] })).toBe(false);
    expect(asksOverReason("boom")).toBe(false);
  });

  it("tells warnings to confirm from rules broken", () => {
    expect(refusalKind({ code: "needs_confirmation", message: "", violations: [] })).toBe("ask");
    expect(refusalKind(over)).toBe("refuse");
  });

  it("reverses an entry once, and never a reversal", () => {
    expect(canReverse({ id: "a", reverses: null, reversedBy: null })).toBe(true);
    expect(canReverse({ id: "a", reverses: null, reversedBy: "b" })).toBe(false);
    expect(canReverse({ id: "b", reverses: "a", reversedBy: null })).toBe(false);
    expect(byId([{ id: "a", reverses: null, reversedBy: "b" }]).get("a")?.reversedBy).toBe("b");
  });

  it("gives the reversal's reason its own field name", () => {
    const err = renameReverse({ code: "invalid_input", message: "", violations: [{ field: "reason", rule: "reason_required", params: {} }, { field: "id", rule: "already_reversed", params: {} }] });
    expect(err.violations.map((v) => v.field)).toEqual(["reverseReason", "id"]);
  });
});
