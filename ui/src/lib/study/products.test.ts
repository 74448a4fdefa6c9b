import { describe, expect, it } from "vitest";
import type { Product } from "../../bindings/Product";
import { byCategory, filterProducts, otherName, productName } from "./products";

const product = (id: string, nameKm: string, nameEn: string, category: Product["category"] = "vegetable"): Product => ({
  id,
  nameKm,
  nameEn,
  category,
  unit: "kg",
  priceMinKhr: 1000,
  priceMaxKhr: 5000,
  archived: false,
});

const cucumber = product("c", "ត្រសក់", "Cucumber");
const biscuit = product("b", "នំកែកឃឺ", "Biscuit cucumber-shaped", "processed");
const kale = product("k", "ខាត់ណា", "Chinese kale");
const chicken = product("h", "មាន់ស្រែ", "Chicken (local)", "poultry");

describe("the product catalogue", () => {
  it("names a product in the interface's language, or the other when that one is empty", () => {
    expect(productName(cucumber, "km")).toBe("ត្រសក់");
    expect(productName(cucumber, "en")).toBe("Cucumber");
    expect(productName({ nameKm: "", nameEn: "Kale" }, "km")).toBe("Kale");
    expect(otherName(cucumber, "km")).toBe("Cucumber");
  });

  it("finds by either name, names starting with the text first", () => {
    expect(filterProducts([biscuit, kale, cucumber], "cu").map((p) => p.id)).toEqual(["b", "c"]);
    expect(filterProducts([biscuit, kale, cucumber], "cuc").map((p) => p.id)).toEqual(["b", "c"]);
    expect(filterProducts([biscuit, kale, cucumber], "kale").map((p) => p.id)).toEqual(["k"]);
    expect(filterProducts([biscuit, kale, cucumber], "ខាត់").map((p) => p.id)).toEqual(["k"]);
    expect(filterProducts([biscuit, cucumber], "umber").map((p) => p.id)).toEqual(["b", "c"]);
    expect(filterProducts([kale, cucumber], "")).toHaveLength(2);
  });

  it("never matches a product by its id", () => {
    expect(filterProducts([product("cu-1", "ខាត់ណា", "Kale")], "cu")).toEqual([]);
  });

  it("groups by category in the catalogue's category order, leaving out empty ones", () => {
    const groups = byCategory([chicken, biscuit, cucumber, kale]);
    expect(groups.map((g) => g.category)).toEqual(["vegetable", "poultry", "processed"]);
    expect(groups[0].products.map((p) => p.id)).toEqual(["c", "k"]);
  });
});
