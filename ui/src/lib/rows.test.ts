import { describe, expect, it } from "vitest";
import { moved, nextKey, rowField, rowFields, rowsToSend, ticked, wholeOrNull } from "./rows";

describe("rows a form adds and removes", () => {
  it("gives every row its own key", () => {
    const a = nextKey();
    const b = nextKey();
    expect(b).toBeGreaterThan(a);
  });

  it("leaves blank rows out and remembers which rows were sent", () => {
    const rows = [
      { key: 1, text: "a" },
      { key: 2, text: " " },
      { key: 3, text: "c" },
    ];
    const sent = rowsToSend(rows, (r) => r.text.trim() === "");
    expect(sent.rows.map((r) => r.text)).toEqual(["a", "c"]);
    expect(sent.keys).toEqual([1, 3]);
  });

  it("names a row's field as the backend counted the rows it was sent", () => {
    // Row 3 was the second row sent: the backend calls it products.1.
    expect(rowField("products", [1, 3], 3, "capacity")).toBe("products.1.capacity");
    expect(rowField("attendees", ["hh-1", 7], 7, "name")).toBe("attendees.1.name");
    // A row added after the save is none of the backend's rows.
    const unsent = rowField("products", [1, 3], 9, "capacity");
    expect(unsent).not.toMatch(/^products\.\d+\./);
  });

  it("lists every sent row's fields", () => {
    expect(rowFields("plan", 2, ["productId", "months"])).toEqual([
      "plan.0.productId",
      "plan.0.months",
      "plan.1.productId",
      "plan.1.months",
    ]);
  });

  it("moves an item up or down, never past the ends", () => {
    expect(moved(["a", "b", "c"], 2, -1)).toEqual(["a", "c", "b"]);
    expect(moved(["a", "b", "c"], 0, 1)).toEqual(["b", "a", "c"]);
    expect(moved(["a", "b", "c"], 0, -1)).toEqual(["a", "b", "c"]);
    expect(moved(["a", "b", "c"], 2, 1)).toEqual(["a", "b", "c"]);
  });

  it("sends an empty number box as null and a typed one as a whole number from 0", () => {
    expect(wholeOrNull(null)).toBeNull();
    expect(wholeOrNull(Number.NaN)).toBeNull();
    expect(wholeOrNull(undefined)).toBeNull();
    expect(wholeOrNull(2999.6)).toBe(3000);
    expect(wholeOrNull(-4)).toBe(0);
  });

  it("ticks and unticks an id, keeping the others in order", () => {
    expect(ticked(["a", "b"], "c", true)).toEqual(["a", "b", "c"]);
    expect(ticked(["a", "b", "c"], "b", false)).toEqual(["a", "c"]);
    expect(ticked(["a", "b"], "a", true)).toEqual(["b", "a"]);
  });
});
