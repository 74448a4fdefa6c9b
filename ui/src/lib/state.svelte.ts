// App-wide state shared by the header, the navigation and the screens.
import type { Office } from "../bindings/Office";
import type { Settings } from "../bindings/Settings";

export type Screen =
  | "home"
  | "study"
  | "meetings"
  | "households"
  | "slgs"
  | "groups"
  | "contracts"
  | "budget"
  | "buyers"
  | "officials"
  | "office"
  | "about";

export const SCREENS: readonly Screen[] = [
  "home",
  "study",
  "meetings",
  "households",
  "slgs",
  "groups",
  "contracts",
  "budget",
  "buyers",
  "officials",
  "office",
  "about",
];

export const app = $state<{
  office: Office | null;
  settings: Settings;
  screen: Screen;
}>({
  office: null,
  settings: { language: "km", youthMinAge: 15, youthMaxAge: 30 },
  screen: "home",
});

export function targetCodes(): string[] {
  return app.office?.targetCommunes.map((c) => c.code) ?? [];
}
