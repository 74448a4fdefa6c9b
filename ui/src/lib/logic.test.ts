import { afterEach, describe, expect, it, vi } from "vitest";
import type { Place } from "../bindings/Place";
import { debounce } from "./debounce";
import { wrapTab } from "./focusTrap";
import { numberOrNull } from "./forms";
import { latest } from "./latest";
import { formatPhone } from "./phone";
import { hasNextPage, hasPreviousPage, lastPage, pageRange } from "./paging";
import {
  deepestCode,
  filterPlaces,
  foldForSearch,
  pathLevels,
  pathName,
  placeName,
  targetsFirst,
} from "./places";

const roleaBier: Place = { code: "040610", nameKm: "រលាប្អៀរ", nameEn: "Rolea B'ier" };
const sraeThmei: Place = { code: "040611", nameKm: "ស្រែថ្មី", nameEn: "Srae Thmei" };
const pongro: Place = { code: "040607", nameKm: "ពង្រ", nameEn: "Pongro" };

describe("pageRange", () => {
  it.each([
    [0, 50, 312, { from: 1, to: 50, total: 312 }],
    [1, 50, 312, { from: 51, to: 100, total: 312 }],
    [6, 50, 312, { from: 301, to: 312, total: 312 }],
    [0, 50, 7, { from: 1, to: 7, total: 7 }],
    [0, 50, 0, { from: 0, to: 0, total: 0 }],
  ])("page %i of size %i with %i rows", (page, size, total, expected) => {
    expect(pageRange(page, size, total)).toEqual(expected);
  });

  it("knows when there is a previous and a next page", () => {
    expect(hasPreviousPage(0)).toBe(false);
    expect(hasPreviousPage(1)).toBe(true);
    expect(hasNextPage(5, 50, 312)).toBe(true);
    expect(hasNextPage(6, 50, 312)).toBe(false);
    expect(hasNextPage(0, 50, 50)).toBe(false);
    expect(lastPage(50, 312)).toBe(6);
    expect(lastPage(50, 0)).toBe(0);
  });
});

describe("placeName", () => {
  it("shows the name in the interface language", () => {
    expect(placeName(roleaBier, "km")).toBe("រលាប្អៀរ");
    expect(placeName(roleaBier, "en")).toBe("Rolea B'ier");
  });

  it("falls back to the other script rather than a blank, and to nothing for no place", () => {
    expect(placeName({ code: "1", nameKm: "", nameEn: "Only Latin" }, "km")).toBe("Only Latin");
    expect(placeName({ code: "1", nameKm: "ខ្មែរ", nameEn: "" }, "en")).toBe("ខ្មែរ");
    expect(placeName(null, "km")).toBe("");
  });
});

describe("place search", () => {
  const all = [roleaBier, sraeThmei, pongro];

  it.each([
    ["rolea", ["040610"]],
    ["ROLEA BIER", ["040610"]],
    ["b’ier", ["040610"]],
    ["thmei", ["040611"]],
    ["ថ្មី", ["040611"]],
    ["ពង", ["040607"]],
    ["0406", ["040610", "040611", "040607"]],
    ["", ["040610", "040611", "040607"]],
    ["xyz", []],
  ])("%j finds %j", (query, codes) => {
    expect(filterPlaces(all, query).map((p) => p.code)).toEqual(codes);
  });

  it("ignores zero-width spaces in Khmer", () => {
    expect(foldForSearch("ស្រែ\u200bថ្មី")).toBe(foldForSearch("ស្រែថ្មី"));
  });

  it("lists the target communes first, keeping the order within each group", () => {
    expect(targetsFirst(all, ["040607", "040611"]).map((p) => p.code)).toEqual([
      "040611",
      "040607",
      "040610",
    ]);
  });

  it("takes picker levels from a backend path and back", () => {
    const province: Place = { code: "02", nameKm: "បាត់ដំបង", nameEn: "Battambang" };
    const district: Place = { code: "0214", nameKm: "ក", nameEn: "D" };
    const commune: Place = { code: "021405", nameKm: "ខ", nameEn: "C" };
    // A published village code that does not start with its commune's code.
    const village: Place = { code: "02140401/Kaoh Thum", nameKm: "កោះធំ", nameEn: "Kaoh Thum" };
    expect(pathLevels([province, district, commune, village])).toEqual({
      provinceCode: "02",
      districtCode: "0214",
      communeCode: "021405",
      villageCode: "02140401/Kaoh Thum",
    });
    expect(deepestCode(pathLevels([province, district]))).toBe("0214");
    expect(deepestCode(pathLevels([]))).toBeNull();
    expect(pathName([province, district, commune, village], "en")).toBe("Kaoh Thum, C, D, Battambang");
    expect(pathName([province], "km")).toBe("បាត់ដំបង");
  });
});

describe("debounce", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("calls once, with the last arguments, after the typing stops", () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const d = debounce(fn, 250);
    d("s");
    vi.advanceTimersByTime(100);
    d("so");
    vi.advanceTimersByTime(100);
    d("sok");
    vi.advanceTimersByTime(249);
    expect(fn).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledOnce();
    expect(fn).toHaveBeenCalledWith("sok");
  });

  it("can be flushed now or cancelled", () => {
    vi.useFakeTimers();
    const fn = vi.fn();
    const d = debounce(fn, 250);
    d("a");
    d.flush();
    expect(fn).toHaveBeenCalledWith("a");
    d("b");
    d.cancel();
    vi.advanceTimersByTime(1000);
    expect(fn).toHaveBeenCalledTimes(1);
    d.flush();
    expect(fn).toHaveBeenCalledTimes(1);
  });
});

describe("numberOrNull", () => {
  it.each([
    [0, 0],
    [1998, 1998],
    [-3, -3],
    [null, null],
    [undefined, null],
    [NaN, null],
    [Infinity, null],
  ])("%s is sent as %s", (value, expected) => {
    expect(numberOrNull(value)).toBe(expected);
  });
});

describe("formatPhone", () => {
  it.each([
    ["012345678", "012 345 678"],
    ["0971234567", "097 123 4567"],
    ["", ""],
    ["12345", "12345"],
  ])("%s is shown as %s", (stored, shown) => {
    expect(formatPhone(stored)).toBe(shown);
  });
});

describe("latest", () => {
  it("hands on the answer, or the failure, while the caller still waits for it", async () => {
    const answer = vi.fn();
    const failure = vi.fn();
    latest(Promise.resolve(7), answer, failure);
    latest(Promise.reject(new Error("gone")), answer, failure);
    await Promise.resolve();
    await Promise.resolve();
    expect(answer).toHaveBeenCalledWith(7);
    expect(failure).toHaveBeenCalledWith(new Error("gone"));
  });

  it("drops both once the caller has moved on", async () => {
    const answer = vi.fn();
    const failure = vi.fn();
    latest(Promise.resolve(7), answer, failure)();
    latest(Promise.reject(new Error("gone")), answer, failure)();
    await Promise.resolve();
    await Promise.resolve();
    expect(answer).not.toHaveBeenCalled();
    expect(failure).not.toHaveBeenCalled();
  });
});

describe("wrapTab", () => {
  const items = ["close", "name", "save", "archive"];

  it("lets Tab move as usual between the first and the last", () => {
    expect(wrapTab(items, "name", false)).toBeNull();
    expect(wrapTab(items, "save", true)).toBeNull();
    expect(wrapTab(items, "close", false)).toBeNull();
    expect(wrapTab(items, "archive", true)).toBeNull();
  });

  it("goes round from the last to the first, and back with Shift+Tab", () => {
    expect(wrapTab(items, "archive", false)).toBe("close");
    expect(wrapTab(items, "close", true)).toBe("archive");
  });

  it("brings focus back in from outside, at the end Tab's direction enters by", () => {
    expect(wrapTab(items, "page", false)).toBe("close");
    expect(wrapTab(items, null, true)).toBe("archive");
  });

  it("has nowhere to go with nothing to focus", () => {
    expect(wrapTab([], null, false)).toBeNull();
  });
});
