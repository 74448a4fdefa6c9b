import { get } from "svelte/store";
import { _, locale } from "svelte-i18n";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { IpcError } from "../bindings/IpcError";
import { anyRowField, describeError, toIpcError, wordParam, type Translate } from "./api";
import "./i18n";

const slgTaken: IpcError = {
  code: "invalid_input",
  message: "household already in another SLG",
  violations: [
    { field: "householdId", rule: "already_in_other_slg", params: { slg: "SLG Srae Thmei 2" } },
    { field: "headNameKm", rule: "too_long", params: { max: "80" } },
    { field: "birthYear", rule: "year_out_of_range", params: { min: "1915", max: "2015" } },
    { field: "birthYear", rule: "required", params: {} },
  ],
};

function t(lang: "km" | "en"): Translate {
  locale.set(lang);
  return get(_);
}

beforeAll(() => {
  vi.spyOn(console, "warn").mockImplementation(() => {});
});

describe("describeError", () => {
  it("puts field messages next to the fields the form shows, with ICU params filled in", () => {
    const e = describeError(slgTaken, t("en"), ["headNameKm", "birthYear"]);
    expect(e.summary).toMatch(/^Some information needs correcting/);
    expect(e.fields).toEqual({
      headNameKm: ["Too long: at most 80 characters."],
      birthYear: ["The year must be between 1915 and 2015.", "Please fill this in."],
    });
    expect(e.other).toEqual([
      {
        field: "householdId",
        message: "This household is already a member of SLG Srae Thmei 2. Remove it from that group first.",
      },
    ]);
  });

  it("speaks Khmer when the interface is in Khmer", () => {
    const e = describeError(slgTaken, t("km"), ["headNameKm"]);
    expect(e.summary).toContain("មិនទាន់បានរក្សាទុកអ្វីទេ");
    expect(e.fields.headNameKm).toEqual(["វែងពេក៖ យ៉ាងច្រើន 80 តួអក្សរ។"]);
    expect(e.other[0].message).toBe(
      "គ្រួសារនេះជាសមាជិកក្រុម SLG Srae Thmei 2 រួចហើយ។ សូមដកចេញពីក្រុមនោះជាមុនសិន។",
    );
  });

  it("gives each error code its own message", () => {
    const e = describeError({ code: "database_too_new", message: "v9 > v3", violations: [] }, t("en"));
    expect(e.summary).toMatch(/newer version of Cluster Desk/);
    expect(e.fields).toEqual({});
    expect(e.other).toEqual([]);
  });

  it("treats what Tauri throws by itself (a bare string) as an internal error", () => {
    const e = describeError("command foo not found", t("en"));
    expect(e.summary).toMatch(/^Something unexpected went wrong/);
  });
});

describe("the market study's messages", () => {
  const priceCheck: IpcError = {
    code: "needs_confirmation",
    message: "please confirm",
    violations: [
      { field: "lines.2.buyPriceKhr", rule: "price_implausible", params: { min: "12000", max: "30000", unit: "kg" } },
    ],
  };

  it("asks to confirm a price, in riel per unit in words, next to its cell", () => {
    const en = describeError(priceCheck, t("en"), ["lines.2.buyPriceKhr"]);
    expect(en.summary).toMatch(/Save anyway/);
    expect(en.fields["lines.2.buyPriceKhr"]).toEqual([
      "Unusual price: this product usually costs 12,000–30,000 riel per kg. Check it; if it is right, press “Save anyway”.",
    ]);
    const km = describeError(priceCheck, t("km"), ["lines.2.buyPriceKhr"]);
    expect(km.fields["lines.2.buyPriceKhr"][0]).toContain("12,000–30,000 រៀល ក្នុងមួយគីឡូក្រាម");
  });

  it("writes a campaign's dates day/month/year and a unit's name in the interface's language", () => {
    const e = describeError(
      {
        code: "invalid_input",
        message: "",
        violations: [
          { field: "interviewedOn", rule: "date_outside_campaign", params: { start: "2025-03-01", end: "2025-03-31" } },
          { field: "lines.0.unit", rule: "unit_not_convertible", params: { unit: "bunch", productUnit: "kg" } },
        ],
      },
      t("km"),
      ["interviewedOn", "lines.0.unit"],
    );
    expect(e.fields.interviewedOn[0]).toContain("ពី 01/03/2025 ដល់ 31/03/2025");
    expect(e.fields["lines.0.unit"][0]).toContain("ផលិតផលនេះរាប់ជា គីឡូក្រាម៖ បាច់");
  });

  it("words a rule differently on a field where the backend gives it other params", () => {
    const e = describeError(
      {
        code: "invalid_input",
        message: "",
        violations: [
          { field: "markets", rule: "market_not_in_campaign", params: { market: "Kruos market" } },
          { field: "marketId", rule: "market_not_in_campaign", params: {} },
        ],
      },
      t("en"),
      ["markets", "marketId"],
    );
    expect(e.fields.markets).toEqual(["Kruos market already has interviews, so it stays in the campaign."]);
    expect(e.fields.marketId).toEqual(["This market is not one of the campaign’s markets."]);
  });

  it("leaves years and short numbers as they are", () => {
    const en = t("en");
    expect(wordParam("min", "1915", en)).toBe("1915");
    expect(wordParam("max", "100", en)).toBe("100");
    expect(wordParam("max", "20000000", en)).toBe("20,000,000");
    expect(wordParam("slg", "SLG 2", en)).toBe("SLG 2");
    expect(wordParam("unit", "teapot", en)).toBe("teapot");
  });
});

describe("the meeting, forum and cluster messages", () => {
  it("names any row of a list as n, and nothing else", () => {
    expect(anyRowField("agenda.3.endsAt")).toBe("agenda.n.endsAt");
    expect(anyRowField("swot.weakness.12")).toBe("swot.weakness.n");
    expect(anyRowField("attendees.0.householdId")).toBe("attendees.n.householdId");
    expect(anyRowField("endsOn")).toBe("endsOn");
  });

  it("words a rule for a row of one list, whichever row it is, and keeps the plain words elsewhere", () => {
    const e = describeError(
      {
        code: "invalid_input",
        message: "",
        violations: [
          { field: "agenda.4.endsAt", rule: "end_before_start", params: {} },
          { field: "endsOn", rule: "end_before_start", params: {} },
          { field: "agenda.2.startsAt", rule: "agenda_overlap", params: { item: "2", until: "09:15" } },
        ],
      },
      t("en"),
      ["agenda.4.endsAt", "endsOn", "agenda.2.startsAt"],
    );
    expect(e.fields["agenda.4.endsAt"]).toEqual(["An item must end after it starts."]);
    expect(e.fields.endsOn).toEqual(["The last day cannot be before the first day."]);
    expect(e.fields["agenda.2.startsAt"]).toEqual(["Overlaps item 2, which runs until 09:15."]);
  });

  it("asks to confirm a plan outside 6–8 types, in Khmer too", () => {
    const warning: IpcError = {
      code: "needs_confirmation",
      message: "",
      violations: [{ field: "products", rule: "plan_types_outside_range", params: { count: "5", min: "6", max: "8" } }],
    };
    expect(describeError(warning, t("en"), ["products"]).fields.products[0]).toMatch(
      /^The plan has 5 types; the guideline asks for 6–8\./,
    );
    expect(describeError(warning, t("km"), ["products"]).fields.products[0]).toContain("ផែនការមាន 5 ប្រភេទ");
  });

  it("says who is already invited rather than a bare duplicate", () => {
    const e = describeError(
      {
        code: "invalid_input",
        message: "",
        violations: [
          { field: "buyerId", rule: "duplicate_entry", params: {} },
          { field: "attendees.3.householdId", rule: "duplicate_entry", params: {} },
        ],
      },
      t("en"),
    );
    expect(e.other.map((o) => o.message)).toEqual([
      "Already invited to this forum.",
      "This household is already on the attendance.",
    ]);
  });
});

describe("toIpcError", () => {
  it("keeps a well-formed IpcError as it is", () => {
    expect(toIpcError(slgTaken)).toEqual(slgTaken);
  });

  it.each([
    ["a string", "boom", "boom"],
    ["an Error", new Error("bad"), "bad"],
    ["an unknown code", { code: "teapot", message: "x" }, '{"code":"teapot","message":"x"}'],
  ])("turns %s into an internal error", (_label, thrown, message) => {
    expect(toIpcError(thrown)).toEqual({ code: "internal", message, violations: [] });
  });

  it("fills in a missing violations list", () => {
    expect(toIpcError({ code: "io", message: "disk full" })).toEqual({
      code: "io",
      message: "disk full",
      violations: [],
    });
  });
});
