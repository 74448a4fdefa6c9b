// The plan grid: target communes × the guideline's activity lines, each box in dollars
// as typed. The whole grid is sent (empty boxes as null) and the core keeps it; each of
// its messages comes back to the box, or the commune's row, it speaks of.
import type { ActivityLine } from "../../bindings/ActivityLine";
import type { BudgetPlanCell } from "../../bindings/BudgetPlanCell";
import type { BudgetPlanInput } from "../../bindings/BudgetPlanInput";
import type { IpcError } from "../../bindings/IpcError";
import type { Lang } from "../../bindings/Lang";
import type { Place } from "../../bindings/Place";
import { toIpcError } from "../api";
import { ACTIVITY_LINES } from "../codes";
import { toMinor } from "../contracts/money";
import { placeName } from "../places";
import { centsToDollars } from "./money";

/** Dollars typed per commune code and line; null for an empty box. */
export type PlanGrid = Record<string, Record<ActivityLine, number | null>>;

/** Which commune and line each cell of the last save was, by its index. */
export type PlanSent = readonly (readonly [communeCode: string, line: ActivityLine])[];

function emptyRow(): Record<ActivityLine, number | null> {
  return Object.fromEntries(ACTIVITY_LINES.map((l) => [l, null])) as Record<ActivityLine, number | null>;
}

/** The grid of the target communes, filled from the saved plan (other communes left out). */
export function planGrid(communes: readonly Place[], cells: readonly BudgetPlanCell[]): PlanGrid {
  const grid: PlanGrid = {};
  for (const c of communes) grid[c.code] = emptyRow();
  for (const cell of cells) {
    const row = grid[cell.commune.code];
    if (row) row[cell.line] = centsToDollars(cell.usdCents);
  }
  return grid;
}

/** The whole grid as the core takes it, commune by commune, line by line. */
export function planInput(
  grid: PlanGrid,
  communes: readonly Place[],
  confirmed: boolean,
): { input: BudgetPlanInput; sent: PlanSent } {
  const sent: [string, ActivityLine][] = [];
  const cells = communes.flatMap((c) =>
    ACTIVITY_LINES.map((line) => {
      sent.push([c.code, line]);
      return { communeCode: c.code, line, usdCents: toMinor(grid[c.code]?.[line], "USD") };
    }),
  );
  return { input: { cells, confirmed }, sent };
}

/** The backend's name for a box of the last save; the box's own name when it was not sent. */
export function cellField(sent: PlanSent, communeCode: string, line: ActivityLine): string {
  const i = sent.findIndex(([c, l]) => c === communeCode && l === line);
  return i < 0 ? `plan.${communeCode}.${line}` : `cells.${i}.usdCents`;
}

/** The backend's name for a commune's row (a plan beyond its envelope). */
export function communeField(communeCode: string): string {
  return `communes.${communeCode}`;
}

/** Every field the grid shows a message at. */
export function planFields(sent: PlanSent, communes: readonly Place[]): string[] {
  return [
    ...sent.flatMap((_, i) => [`cells.${i}.usdCents`, `cells.${i}.communeCode`]),
    ...communes.map((c) => communeField(c.code)),
  ];
}

/** A commune's planned total, in cents, of what is typed. */
export function rowCents(grid: PlanGrid, communeCode: string): number {
  const row = grid[communeCode];
  return row ? ACTIVITY_LINES.reduce((sum, l) => sum + (toMinor(row[l], "USD") ?? 0), 0) : 0;
}

/** A line's planned total over the communes, in cents, of what is typed. */
export function columnCents(grid: PlanGrid, communes: readonly Place[], line: ActivityLine): number {
  return communes.reduce((sum, c) => sum + (toMinor(grid[c.code]?.[line], "USD") ?? 0), 0);
}

/** Everything planned, in cents, of what is typed. */
export function totalCents(grid: PlanGrid, communes: readonly Place[]): number {
  return communes.reduce((sum, c) => sum + rowCents(grid, c.code), 0);
}

/** The refusal with each `commune` param (a code) as the commune's name. */
export function withCommuneNames(e: unknown, communes: readonly Place[], lang: Lang): IpcError {
  const err = toIpcError(e);
  return {
    ...err,
    violations: err.violations.map((v) => {
      const code = v.params?.commune;
      const place = code === undefined ? undefined : communes.find((c) => c.code === code);
      return place ? { ...v, params: { ...v.params, commune: placeName(place, lang) } } : v;
    }),
  };
}
