import { tick } from "svelte";

/**
 * An <input type="number"> bound with Svelte gives a number, or null/undefined/NaN
 * when the box is empty or not a number: send that as null, so the backend's
 * rules report it as missing.
 */
export function numberOrNull(value: number | null | undefined): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/**
 * Brings the first field error into view after a failed save: on a long form
 * the summary at the top is not enough on a small laptop screen.
 */
export async function revealFirstError(): Promise<void> {
  await tick();
  const first =
    document.querySelector<HTMLElement>('.panel [data-testid="form-error"]') ??
    document.querySelector<HTMLElement>('[data-testid="form-error"]') ??
    document.querySelector<HTMLElement>('[data-testid="error-summary"]');
  first?.scrollIntoView({ block: "center" });
}
