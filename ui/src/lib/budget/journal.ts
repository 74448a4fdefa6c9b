// What the expenditure and distribution forms and journals share: the refusal that asks
// why an envelope may be exceeded, and the reversing entries of a journal. Entries are
// never edited: a correction is a negative entry pointing at the one it cancels.
import type { IpcError } from "../../bindings/IpcError";
import { toIpcError } from "../api";

export interface Entry {
  id: string;
  reverses: string | null;
  reversedBy: string | null;
}

/** The refusal asks why the envelope may be exceeded and who allowed it. */
export function asksOverReason(e: unknown): boolean {
  return toIpcError(e).violations.some((v) => v.rule === "over_envelope");
}

/** What the refusal is: warnings to confirm ("Save anyway"), or rules broken. */
export function refusalKind(e: unknown): "ask" | "refuse" {
  return toIpcError(e).code === "needs_confirmation" ? "ask" : "refuse";
}

/** An entry may be reversed once, and a reversing entry is not itself reversed. */
export function canReverse(entry: Entry): boolean {
  return entry.reverses === null && entry.reversedBy === null;
}

/** Each entry of the journal by its id, to say what a reversing entry cancels. */
export function byId<T extends Entry>(entries: readonly T[]): Map<string, T> {
  return new Map(entries.map((e) => [e.id, e]));
}

/** The reversal dialog's own field name: "reason" is the group member's reason elsewhere. */
export const REVERSE_FIELD_NAMES: Readonly<Record<string, string>> = { reason: "reverseReason" };

/** The refusal of a reversal with its fields under the dialog's names. */
export function renameReverse(e: unknown): IpcError {
  const err = toIpcError(e);
  return {
    ...err,
    violations: err.violations.map((v) => ({ ...v, field: REVERSE_FIELD_NAMES[v.field] ?? v.field })),
  };
}
