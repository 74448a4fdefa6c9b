import { derived } from "svelte/store";
import { addMessages, init, locale } from "svelte-i18n";
import type { Lang } from "../bindings/Lang";
import en from "../locales/en.json";
import km from "../locales/km.json";

addMessages("km", km);
addMessages("en", en);

// Khmer is the office's working language; English is a click away.
init({ fallbackLocale: "en", initialLocale: "km" });

export const lang = derived(locale, (l): Lang => (l === "en" ? "en" : "km"));

export function applyLanguage(next: Lang): void {
  locale.set(next);
  if (typeof document !== "undefined") document.documentElement.lang = next;
}

export function otherLanguage(current: Lang): Lang {
  return current === "km" ? "en" : "km";
}
