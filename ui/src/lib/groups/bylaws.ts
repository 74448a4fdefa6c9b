// The by-laws as their editor keeps them: clauses in order, each keyed so rows can
// move and the backend's `clauses.<i>.<field>` finds its row; the adoption's input.
import type { BylawClause } from "../../bindings/BylawClause";
import type { Bylaws } from "../../bindings/Bylaws";
import { numberOrNull } from "../forms";
import { moved, nextKey, rowField } from "../rows";

export interface ClauseRow extends BylawClause {
  key: number;
}

export const CLAUSE_FIELDS = ["titleKm", "titleEn", "textKm", "textEn"] as const;

export function clauseRows(clauses: readonly BylawClause[]): ClauseRow[] {
  return clauses.map((c) => ({ ...c, key: nextKey() }));
}

/** A clause the group adds to the guideline's. */
export function extraClause(): ClauseRow {
  return { key: nextKey(), clause: "extra", titleKm: "", titleEn: "", textKm: "", textEn: "" };
}

/** The clause at `index` moved up (−1) or down (+1); unchanged at the ends. */
export function moveClause(rows: readonly ClauseRow[], index: number, delta: number): ClauseRow[] {
  return moved(rows, index, delta);
}

export function removeClause(rows: readonly ClauseRow[], key: number): ClauseRow[] {
  return rows.filter((r) => r.key !== key);
}

/** The clauses as the backend takes them, in the order shown, and the key of each. */
export function clausesToSend(rows: readonly ClauseRow[]): { clauses: BylawClause[]; keys: number[] } {
  return {
    clauses: rows.map(({ clause, titleKm, titleEn, textKm, textEn }) => ({ clause, titleKm, titleEn, textKm, textEn })),
    keys: rows.map((r) => r.key),
  };
}

/** The backend's field for one field of the row keyed `key`, as last sent. */
export function clauseField(sentKeys: readonly number[], key: number, field: (typeof CLAUSE_FIELDS)[number]): string {
  return rowField("clauses", sentKeys, key, field);
}

/** Every field the editor shows, for the clauses as last sent. */
export function clauseFields(sentKeys: readonly number[]): string[] {
  return ["clauses", ...sentKeys.flatMap((k) => CLAUSE_FIELDS.map((f) => clauseField(sentKeys, k, f)))];
}

export interface AdoptionDraft {
  /** yyyy-mm-dd, or empty. */
  date: string;
  meeting: string;
  membersPresent: number | null;
}

export interface AdoptionInput {
  version: number;
  date: string;
  meeting: string;
  membersPresent: number | null;
}

export const ADOPTION_FIELDS = ["adoptedOn", "adoptedAt", "membersPresent"] as const;

/** The adoption of `version` as the backend takes it: an empty count as null. */
export function adoptionInput(version: number, d: AdoptionDraft): AdoptionInput {
  const present = numberOrNull(d.membersPresent);
  return {
    version,
    date: d.date,
    meeting: d.meeting,
    membersPresent: present === null ? null : Math.round(present),
  };
}

/** "2026-04-21T10:00:00" → "2026-04-21": the day a version was written. */
export function writtenOn(b: Pick<Bylaws, "writtenAt">): string {
  return b.writtenAt.slice(0, 10);
}
