// Rows a form adds, removes and moves (attendees, products, agenda items, plan lines),
// and the backend's verdict on `<list>.<i>.<field>` brought back to the row it spoke
// of. The backend counts rows as they were sent; the officer may have removed or
// moved some since, so each row keeps a key and the form remembers which keys it sent.
import { numberOrNull } from "./forms";

let lastKey = 0;

/** A key no other row of this window has. */
export function nextKey(): number {
  lastKey += 1;
  return lastKey;
}

/** A row's key; an attendee picked from the register is keyed by its household id. */
export type RowKey = number | string;

/**
 * The rows to send, blank ones left out (an empty row the officer added is not an
 * error), and the key of each sent row, in the order sent.
 */
export function rowsToSend<R extends { key: number }>(
  rows: readonly R[],
  blank: (row: R) => boolean,
): { rows: R[]; keys: number[] } {
  const sent = rows.filter((r) => !blank(r));
  return { rows: sent, keys: sent.map((r) => r.key) };
}

/**
 * The backend's name for `field` of the row keyed `key`: `products.2.capacity` when
 * it was the third row sent. A row not sent yet gets a name no violation has, so it
 * shows no message.
 */
export function rowField(list: string, sentKeys: readonly RowKey[], key: RowKey, field: string): string {
  const i = sentKeys.indexOf(key);
  return i >= 0 ? `${list}.${i}.${field}` : `${list}.new-${key}.${field}`;
}

/** `list.<i>.<field>` for every sent row and field: the names a form shows next to its rows. */
export function rowFields(list: string, count: number, fields: readonly string[]): string[] {
  return Array.from({ length: count }, (_, i) => fields.map((f) => `${list}.${i}.${f}`)).flat();
}

/** The list with the item at `index` moved by `delta` places (−1 up, +1 down); unchanged at the ends. */
export function moved<T>(list: readonly T[], index: number, delta: number): T[] {
  const to = index + delta;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const out = [...list];
  const [item] = out.splice(index, 1);
  out.splice(to, 0, item);
  return out;
}

/** A whole number of at least 0 from a number box, or null when it is empty. */
export function wholeOrNull(value: number | null | undefined): number | null {
  const n = numberOrNull(value);
  return n === null ? null : Math.max(0, Math.round(n));
}

/** Adds or removes `id` from a ticked list, keeping the order of the others. */
export function ticked(list: readonly string[], id: string, on: boolean): string[] {
  const without = list.filter((x) => x !== id);
  return on ? [...without, id] : without;
}
