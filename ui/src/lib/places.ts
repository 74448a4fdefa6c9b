import type { Lang } from "../bindings/Lang";
import type { Place } from "../bindings/Place";

export function placeName(place: Place | null | undefined, lang: Lang): string {
  if (!place) return "";
  const preferred = lang === "km" ? place.nameKm : place.nameEn;
  // A missing name in one script is better shown in the other than as a blank.
  return preferred || place.nameKm || place.nameEn;
}

/**
 * Folds the differences people do not type: letter case, the apostrophe in
 * names like "Rolea B'ier", hyphens and repeated spaces, and the invisible
 * zero-width spaces Khmer text often carries.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize("NFC")
    .toLowerCase()
    .replace(/\u200b|\u200c|\u200d|\ufeff|['’ʼ`]/g, "")
    .replace(/[-‐–—_.,]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function placeMatches(place: Place, query: string): boolean {
  const q = foldForSearch(query);
  if (q === "") return true;
  return (
    foldForSearch(place.nameKm).includes(q) ||
    foldForSearch(place.nameEn).includes(q) ||
    place.code.startsWith(q)
  );
}

export function filterPlaces(places: readonly Place[], query: string): Place[] {
  return places.filter((p) => placeMatches(p, query));
}

/** The office's target communes first (in their given order), then the others. */
export function targetsFirst(communes: readonly Place[], targetCodes: readonly string[]): Place[] {
  const targets = new Set(targetCodes);
  return [
    ...communes.filter((c) => targets.has(c.code)),
    ...communes.filter((c) => !targets.has(c.code)),
  ];
}

export interface PlaceCodes {
  provinceCode: string | null;
  districtCode: string | null;
  communeCode: string | null;
  villageCode: string | null;
}

/**
 * The picker levels of a place path from the backend (province first). Codes are
 * never cut apart here: some published village codes do not nest in their commune's.
 */
export function pathLevels(path: readonly Place[]): PlaceCodes {
  const at = (i: number) => path[i]?.code ?? null;
  return { provinceCode: at(0), districtCode: at(1), communeCode: at(2), villageCode: at(3) };
}

/** A place path as people write it, most precise first: "Kruos, Rolea B'ier, …". */
export function pathName(path: readonly Place[], lang: Lang): string {
  return [...path].reverse().map((p) => placeName(p, lang)).join(", ");
}

/** The most precise level chosen, or null when none is. */
export function deepestCode(codes: PlaceCodes): string | null {
  return codes.villageCode ?? codes.communeCode ?? codes.districtCode ?? codes.provinceCode ?? null;
}
