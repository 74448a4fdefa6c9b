import { describe, expect, it } from "vitest";
import { formatPart, formatPeriod, formatQuantity, formatRiel, formatShare, progressShare } from "./format";

describe("study figures", () => {
  it("groups riel and rounds quantities to one decimal", () => {
    expect(formatRiel(18000)).toBe("18,000");
    expect(formatRiel(2499.6)).toBe("2,500");
    expect(formatQuantity(1234.56)).toBe("1,234.6");
    expect(formatQuantity(105)).toBe("105");
  });

  it("writes shares as whole percentages and score parts with two decimals", () => {
    expect(formatShare(0.456)).toBe("46%");
    expect(formatShare(1)).toBe("100%");
    expect(formatPart(0.5)).toBe("0.50");
  });

  it("writes a period day/month/year", () => {
    expect(formatPeriod("2025-03-01", "2025-03-31")).toBe("01/03/2025 – 31/03/2025");
  });

  it("fills a progress bar up to full, never over", () => {
    expect(progressShare(4, 10)).toBe(0.4);
    expect(progressShare(12, 10)).toBe(1);
    expect(progressShare(0, 0)).toBe(0);
    expect(progressShare(1, 0)).toBe(1);
  });
});
