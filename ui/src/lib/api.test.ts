import { get } from "svelte/store";
import { _, locale } from "svelte-i18n";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { IpcError } from "../bindings/IpcError";
import { describeError, toIpcError, type Translate } from "./api";
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
