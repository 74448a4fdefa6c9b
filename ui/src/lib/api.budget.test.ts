// The budget commands: their names and argument objects as the Rust commands take them
// (camelCase), the prints and the export, and the wording of the dollars in the rules.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Translate } from "./api";

const invoke = vi.fn();
vi.mock("@tauri-apps/api/core", () => ({ invoke: (...args: unknown[]) => invoke(...args) }));
vi.mock("@tauri-apps/api/event", () => ({ listen: vi.fn() }));

const api = await import("./api");

beforeEach(() => {
  invoke.mockReset();
  invoke.mockResolvedValue(null);
});

const expenditure = {
  spentOn: "2026-05-01",
  line: "forum" as const,
  communeCode: "040610",
  amount: 5000,
  currency: "USD" as const,
  rate: null,
  payee: "Rolea",
  description: "",
  voucher: "D-1",
  event: null,
  overReason: "",
  overBy: "",
  confirmed: false,
};
const distribution = {
  slgId: "s1",
  householdId: "h1",
  givenOn: "2026-05-01",
  item: "Seed",
  quantity: 2,
  unit: "kg",
  unitCost: 300,
  currency: "USD" as const,
  rate: null,
  supplier: "",
  overReason: "",
  overBy: "",
  confirmed: true,
};

describe("budget commands", () => {
  it.each<[string, () => Promise<unknown>, string, Record<string, unknown> | undefined]>([
    ["the envelopes", () => api.getEnvelopes(), "get_envelopes", undefined],
    [
      "new envelopes",
      () => api.setEnvelopes({ communeUsdCents: 100_000, slgUsdCents: 60_000 }),
      "set_envelopes",
      { envelopes: { communeUsdCents: 100_000, slgUsdCents: 60_000 } },
    ],
    ["the plan", () => api.budgetPlan(2026), "budget_plan", { fiscalYear: 2026 }],
    [
      "a plan saved",
      () => api.saveBudgetPlan({ cells: [{ communeCode: "040610", line: "forum", usdCents: 100 }], confirmed: true }),
      "save_budget_plan",
      { input: { cells: [{ communeCode: "040610", line: "forum", usdCents: 100 }], confirmed: true } },
    ],
    ["the overview", () => api.budgetOverview(2026), "budget_overview", { fiscalYear: 2026 }],
    ["the events", () => api.budgetEvents(2026), "budget_events", { fiscalYear: 2026 }],
    ["the journal", () => api.listExpenditures(2026, null), "list_expenditures", { fiscalYear: 2026, communeCode: null }],
    ["a commune's journal", () => api.listExpenditures(2026, "040610"), "list_expenditures", { fiscalYear: 2026, communeCode: "040610" }],
    ["an expenditure", () => api.saveExpenditure(expenditure), "save_expenditure", { input: expenditure }],
    ["a reversal", () => api.reverseExpenditure("e1", "typed twice"), "reverse_expenditure", { id: "e1", reason: "typed twice" }],
    ["the distributions", () => api.listDistributions(2026, "s1"), "list_distributions", { fiscalYear: 2026, slgId: "s1" }],
    ["a distribution", () => api.saveDistribution(distribution), "save_distribution", { input: distribution }],
    ["its reversal", () => api.reverseDistribution("d1", "wrong house"), "reverse_distribution", { id: "d1", reason: "wrong house" }],
    ["the summary", () => api.printExpenditureSummary("km-en"), "print_expenditure_summary", { mode: "km-en" }],
    ["the handover sheet", () => api.printInputHandover("s1", "km"), "print_input_handover", { slgId: "s1", mode: "km" }],
    ["the report", () => api.exportBudgetReport(), "export_budget_report", undefined],
  ])("%s", async (_name, run, command, args) => {
    await run();
    expect(invoke).toHaveBeenCalledWith(command, args);
  });
});

describe("dollars in the budget rules", () => {
  const t: Translate = (id, o) => o?.default ?? id;

  it("reads the core's dollars with a sign and grouped thousands", () => {
    expect(api.wordParam("left", "1234.50", t)).toBe("$1,234.50");
    expect(api.wordParam("amount", "50.00", t)).toBe("$50.00");
    expect(api.wordParam("left", "-12.05", t)).toBe("-$12.05");
    expect(api.wordParam("envelope", "1000.00", t)).toBe("$1,000.00");
    // Other params, and anything else under these names, are left as they are.
    expect(api.wordParam("min", "4000", t)).toBe("4000");
    expect(api.wordParam("amount", "12", t)).toBe("12");
  });
});
