const TABBABLE = [
  "a[href]",
  "button:not([disabled])",
  "input:not([disabled]):not([type=hidden])",
  "select:not([disabled])",
  "textarea:not([disabled])",
  "summary",
  "[tabindex]",
].join(",");

/** What Tab can reach inside `root`, in document order: enabled, shown, not tabindex -1. */
export function tabbables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter(
    (el) => el.tabIndex >= 0 && el.getClientRects().length > 0,
  );
}

/**
 * Where Tab (or Shift+Tab with `backwards`) must send focus to keep it among
 * `items`: round from the last to the first and back, or in from wherever focus
 * was left. Null when the browser's own move stays inside.
 */
export function wrapTab<T>(items: readonly T[], current: T | null, backwards: boolean): T | null {
  if (items.length === 0) return null;
  const first = items[0];
  const last = items[items.length - 1];
  const i = current === null ? -1 : items.indexOf(current);
  if (i === -1) return backwards ? last : first;
  if (backwards && i === 0) return last;
  if (!backwards && i === items.length - 1) return first;
  return null;
}
