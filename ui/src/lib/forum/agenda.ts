// The forum's one-day agenda as the editor holds it: rows of times and items, added,
// moved and removed, sent whole. The times shown here (durations, the day's span)
// are read as the backend reads them; whether a time is valid is the backend's say.
import type { AgendaItem } from "../../bindings/AgendaItem";
import { nextKey } from "../rows";

export interface AgendaRow extends AgendaItem {
  key: number;
}

export const AGENDA_FIELDS = ["startsAt", "endsAt", "itemKm", "itemEn", "speaker"] as const;

/** A new row lasts this long unless the officer changes it. */
export const NEW_ITEM_MINUTES = 30;

const KHMER_DIGITS = "០១២៣៤៥៦៧៨៩";

/** Khmer digits as ASCII: `០៨:១៥` → `08:15`. */
export function asciiDigits(text: string): string {
  return text.replace(/[០-៩]/g, (d) => String(KHMER_DIGITS.indexOf(d)));
}

/** Minutes since midnight of `HH:MM` (Khmer digits too); null for anything else. */
export function minutesOf(time: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(asciiDigits(time.trim()));
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h < 24 && min < 60 ? h * 60 + min : null;
}

/** `HH:MM` of minutes since midnight, kept within the day. */
export function timeOf(minutes: number): string {
  const m = Math.min(Math.max(Math.round(minutes), 0), 23 * 60 + 59);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

/** How long an item lasts, in minutes; null until both times are times and it ends after it starts. */
export function durationOf(item: Pick<AgendaItem, "startsAt" | "endsAt">): number | null {
  const start = minutesOf(item.startsAt);
  const end = minutesOf(item.endsAt);
  return start !== null && end !== null && end > start ? end - start : null;
}

/** The day from the earliest start to the latest end; null when no row has both times. */
export function agendaSpan(items: readonly Pick<AgendaItem, "startsAt" | "endsAt">[]): { from: string; to: string } | null {
  let from: number | null = null;
  let to: number | null = null;
  for (const item of items) {
    const start = minutesOf(item.startsAt);
    const end = minutesOf(item.endsAt);
    if (start === null || end === null) continue;
    from = from === null ? start : Math.min(from, start);
    to = to === null ? end : Math.max(to, end);
  }
  return from === null || to === null ? null : { from: timeOf(from), to: timeOf(to) };
}

export function agendaRows(items: readonly AgendaItem[]): AgendaRow[] {
  return items.map((item) => ({ key: nextKey(), ...item }));
}

/** The items to send, as typed: the backend checks and orders them. */
export function agendaItems(rows: readonly AgendaRow[]): AgendaItem[] {
  return rows.map(({ startsAt, endsAt, itemKm, itemEn, speaker }) => ({ startsAt, endsAt, itemKm, itemEn, speaker }));
}

/** A row to add at the end: it starts when the last one ends (08:00 on an empty day). */
export function newRowAfter(rows: readonly AgendaRow[]): AgendaRow {
  const last = rows.length > 0 ? minutesOf(rows[rows.length - 1].endsAt) : null;
  const start = Math.min(last ?? 8 * 60, 23 * 60 + 59 - NEW_ITEM_MINUTES);
  return {
    key: nextKey(),
    startsAt: timeOf(start),
    endsAt: timeOf(start + NEW_ITEM_MINUTES),
    itemKm: "",
    itemEn: "",
    speaker: "",
  };
}

/** Whether the rows differ from the saved agenda (so the officer knows to save). */
export function agendaChanged(rows: readonly AgendaRow[], saved: readonly AgendaItem[]): boolean {
  return rows.length !== saved.length || rows.some((r, i) => AGENDA_FIELDS.some((f) => r[f] !== saved[i][f]));
}
