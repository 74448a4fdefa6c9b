// The product catalogue as the screens show it: names in the interface's language,
// found by either name, grouped by category.
import type { Category } from "../../bindings/Category";
import type { Lang } from "../../bindings/Lang";
import type { Product } from "../../bindings/Product";
import { CATEGORIES } from "../codes";
import { foldForSearch } from "../places";

type Named = { nameKm: string; nameEn: string };

export function productName(p: Named | null | undefined, lang: Lang): string {
  if (!p) return "";
  const preferred = lang === "km" ? p.nameKm : p.nameEn;
  return preferred || p.nameKm || p.nameEn;
}

/** The other language's name, shown small beside the first. */
export function otherName(p: Named, lang: Lang): string {
  return lang === "km" ? p.nameEn : p.nameKm;
}

/**
 * Products whose Khmer or English name holds the typed text; those where a word
 * starts with it come first ("cu" finds cucumber before "biscuit"), each group in
 * catalogue order.
 */
export function filterProducts<P extends Named>(products: readonly P[], query: string): P[] {
  const q = foldForSearch(query);
  if (q === "") return [...products];
  const starts: P[] = [];
  const inside: P[] = [];
  for (const p of products) {
    const names = [foldForSearch(p.nameKm), foldForSearch(p.nameEn)];
    if (names.some((n) => n.startsWith(q) || n.includes(` ${q}`))) starts.push(p);
    else if (names.some((n) => n.includes(q))) inside.push(p);
  }
  return [...starts, ...inside];
}

/** The catalogue by category, in the categories' order; empty categories left out. */
export function byCategory(products: readonly Product[]): { category: Category; products: Product[] }[] {
  return CATEGORIES.map((category) => ({
    category,
    products: products.filter((p) => p.category === category),
  })).filter((g) => g.products.length > 0);
}
