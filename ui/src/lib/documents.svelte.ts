// What a Print or Export button does around its backend call: one file at a time,
// the export's progress while it runs, then where the file went or what went wrong.
import type { UnlistenFn } from "@tauri-apps/api/event";
import { get } from "svelte/store";
import { _ } from "svelte-i18n";
import type { ExportProgress } from "../bindings/ExportProgress";
import type { Lang } from "../bindings/Lang";
import type { PrintMode } from "../bindings/PrintMode";
import { describeError, onExportProgress, type FormErrors, type Translate } from "./api";

/** A document is printed in the interface's language unless the officer picks another mode. */
export function defaultPrintMode(lang: Lang): PrintMode {
  return lang === "en" ? "en" : "km";
}

/** "1,200 / 144,000": rows written of rows selected, digits grouped as on the Home figures. */
export function progressText(progress: ExportProgress): string {
  const n = (v: number) => v.toLocaleString("en-US");
  return `${n(progress.done)} / ${n(progress.total)}`;
}

/**
 * For `<progress max value>`: `max` must be above 0, and a report may come before
 * the total is known (0 of 0) or, with rows added meanwhile, count past it.
 */
export function progressBar(progress: ExportProgress): { value: number; max: number } {
  const max = Math.max(progress.total, progress.done, 1);
  return { value: Math.min(Math.max(progress.done, 0), max), max };
}

export interface DocumentTaskOptions {
  /** The current formatter; svelte-i18n's unless a test gives its own. */
  translate?: () => Translate;
  /** Subscribes to export progress; the backend's event unless a test gives its own. */
  listen?: (cb: (progress: ExportProgress) => void) => Promise<UnlistenFn>;
}

/**
 * One Print or Export button's state. `run` makes one file at a time (a double
 * click must not open two folder dialogs); a cancelled dialog leaves nothing to
 * show, a refusal is worded like any other (`describeError`).
 */
export class DocumentTask {
  busy = $state(false);
  /** Where the last file was written; null before the first, after a cancel or a failure. */
  saved: string | null = $state(null);
  /** The latest report of the export under way; null when none has come (or for a print). */
  progress: ExportProgress | null = $state(null);
  errors: FormErrors | null = $state(null);

  readonly #translate: NonNullable<DocumentTaskOptions["translate"]>;
  readonly #listen: NonNullable<DocumentTaskOptions["listen"]>;
  #unlisten: UnlistenFn | null = null;
  #closed = false;

  constructor(options: DocumentTaskOptions = {}) {
    this.#translate = options.translate ?? (() => get(_));
    this.#listen = options.listen ?? onExportProgress;
  }

  /**
   * Runs `make`, which answers with the written file's path or null on cancel.
   * With `withProgress`, listens to the export's progress reports first, so the
   * earliest ones are not missed, and stops listening when it ends. Returns
   * whether it went through (a second click while busy does not).
   */
  async run(make: () => Promise<string | null>, withProgress = false): Promise<boolean> {
    if (this.busy || this.#closed) return false;
    this.busy = true;
    this.saved = null;
    this.errors = null;
    this.progress = null;
    try {
      if (withProgress) await this.#follow();
      this.saved = await make();
    } catch (e) {
      this.errors = describeError(e, this.#translate());
    } finally {
      this.#stop();
      this.progress = null;
      this.busy = false;
    }
    return true;
  }

  /** The button is gone: stop listening. A file under way is still written and opened. */
  close(): void {
    this.#closed = true;
    this.#stop();
  }

  async #follow(): Promise<void> {
    try {
      const unlisten = await this.#listen((p) => {
        if (this.busy) this.progress = p;
      });
      if (this.#closed) unlisten();
      else this.#unlisten = unlisten;
    } catch (e) {
      // Progress is a courtesy: the export itself can go on without it.
      console.warn("export progress unavailable", e);
    }
  }

  #stop(): void {
    const unlisten = this.#unlisten;
    this.#unlisten = null;
    if (!unlisten) return;
    // Tauri's unlisten is asynchronous; if it fails, the listener only sees no export.
    Promise.resolve(unlisten()).catch((e: unknown) => console.warn("export progress: unlisten failed", e));
  }
}
