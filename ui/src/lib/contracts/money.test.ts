import { describe, expect, it } from "vitest";
import { currencySign, formatMoney, fromMinor, moneyStep, toMinor } from "./money";

describe("money typed and shown", () => {
  it("keeps riel whole and turns dollars into cents", () => {
    expect(toMinor(2500, "KHR")).toBe(2500);
    expect(toMinor(2500.4, "KHR")).toBe(2500);
    expect(toMinor(1.25, "USD")).toBe(125);
    // 0.29 * 100 is 28.999999999999996 in floating point: rounded, not cut.
    expect(toMinor(0.29, "USD")).toBe(29);
    expect(toMinor(19.99, "USD")).toBe(1999);
  });

  it("sends an empty box as null", () => {
    expect(toMinor(null, "USD")).toBeNull();
    expect(toMinor(undefined, "KHR")).toBeNull();
    expect(toMinor(Number.NaN, "KHR")).toBeNull();
  });

  it("takes a figure as riel until a currency is chosen", () => {
    expect(toMinor(1500, null)).toBe(1500);
    expect(fromMinor(1500, null)).toBe(1500);
  });

  it("shows what the core keeps in the units the officer types", () => {
    expect(fromMinor(1999, "USD")).toBe(19.99);
    expect(fromMinor(2500, "KHR")).toBe(2500);
    expect(fromMinor(null, "USD")).toBeNull();
    expect(toMinor(fromMinor(123456, "USD"), "USD")).toBe(123456);
  });

  it("writes amounts with their currency", () => {
    expect(formatMoney(1250000, "KHR")).toBe("1,250,000 ៛");
    expect(formatMoney(123450, "USD")).toBe("$1,234.50");
    expect(formatMoney(-50, "USD")).toBe("-$0.50");
    expect(formatMoney(900, null)).toBe("900 ៛");
    expect(currencySign("USD")).toBe("$");
    expect(currencySign("KHR")).toBe("៛");
    expect(moneyStep("USD")).toBe("0.01");
    expect(moneyStep("KHR")).toBe("1");
  });
});
