import { describe, expect, it } from "vitest";
import { isAllYear, stepMonth, toggleAllYear, toggleMonth, togglePeak } from "./months";

describe("month toggles", () => {
  it("ticks a month in calendar order, and unticking it drops its peak too", () => {
    const ticked = toggleMonth({ months: [11, 2], peakMonths: [] }, 5);
    expect(ticked.months).toEqual([2, 5, 11]);
    expect(toggleMonth({ months: [2, 5], peakMonths: [5] }, 5)).toEqual({ months: [2], peakMonths: [] });
  });

  it("makes a peak month a month the vendor buys, and unmarks it without unticking", () => {
    expect(togglePeak({ months: [1], peakMonths: [] }, 12)).toEqual({ months: [1, 12], peakMonths: [12] });
    expect(togglePeak({ months: [1, 12], peakMonths: [12] }, 12)).toEqual({ months: [1, 12], peakMonths: [] });
  });

  it("ticks all twelve months, keeping the peaks, and unticks everything when all are ticked", () => {
    const all = toggleAllYear({ months: [3], peakMonths: [3] });
    expect(all.months).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(all.peakMonths).toEqual([3]);
    expect(isAllYear(all.months)).toBe(true);
    expect(toggleAllYear(all)).toEqual({ months: [], peakMonths: [] });
    expect(isAllYear([1, 2, 3])).toBe(false);
  });

  it("moves with the arrow keys within January to December", () => {
    expect(stepMonth(1, "ArrowLeft")).toBe(1);
    expect(stepMonth(1, "ArrowRight")).toBe(2);
    expect(stepMonth(12, "ArrowRight")).toBe(12);
    expect(stepMonth(6, "Home")).toBe(1);
    expect(stepMonth(6, "End")).toBe(12);
    expect(stepMonth(6, "a")).toBe(6);
  });
});
