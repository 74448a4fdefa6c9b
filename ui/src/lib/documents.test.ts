import { get } from "svelte/store";
import { _, locale } from "svelte-i18n";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { ExportProgress } from "../bindings/ExportProgress";
import type { Translate } from "./api";
import { DocumentTask, defaultPrintMode, progressBar, progressText } from "./documents.svelte";
import "./i18n";

function english(): Translate {
  locale.set("en");
  return get(_);
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A stand-in for the backend's `export-progress` event. */
function fakeEvents() {
  let handler: ((p: ExportProgress) => void) | null = null;
  const unlisten = vi.fn(() => {
    handler = null;
  });
  const listen = vi.fn(async (cb: (p: ExportProgress) => void) => {
    handler = cb;
    return unlisten;
  });
  return {
    listen,
    unlisten,
    emit: (done: number, total: number) => handler?.({ done, total }),
    get listening() {
      return handler !== null;
    },
  };
}

const PATH = "C:\\Users\\officer\\Documents\\households 2025-06-01.xlsx";

beforeAll(() => {
  vi.spyOn(console, "warn").mockImplementation(() => {});
});

describe("defaultPrintMode", () => {
  it("prints in the interface's language", () => {
    expect(defaultPrintMode("km")).toBe("km");
    expect(defaultPrintMode("en")).toBe("en");
  });
});

describe("progressText", () => {
  it.each([
    [1200, 144000, "1,200 / 144,000"],
    [0, 0, "0 / 0"],
    [0, 4800, "0 / 4,800"],
    [999, 1000, "999 / 1,000"],
    [144000, 144000, "144,000 / 144,000"],
  ])("%i of %i reads %s", (done, total, text) => {
    expect(progressText({ done, total })).toBe(text);
  });

  it("groups digits the same way in either interface language", () => {
    locale.set("km");
    expect(progressText({ done: 1200, total: 144000 })).toBe("1,200 / 144,000");
  });
});

describe("progressBar", () => {
  it("is the rows written of the rows selected", () => {
    expect(progressBar({ done: 1200, total: 144000 })).toEqual({ value: 1200, max: 144000 });
  });

  it("keeps max above zero before the total is known or for an empty selection", () => {
    expect(progressBar({ done: 0, total: 0 })).toEqual({ value: 0, max: 1 });
  });

  it("stretches max when more rows are written than were counted at the start", () => {
    expect(progressBar({ done: 105, total: 100 })).toEqual({ value: 105, max: 105 });
  });
});

describe("DocumentTask", () => {
  it("is busy while the file is made, then shows where it was saved", async () => {
    const task = new DocumentTask({ translate: english, listen: fakeEvents().listen });
    const answer = deferred<string | null>();

    const done = task.run(() => answer.promise);
    expect(task.busy).toBe(true);
    expect(task.saved).toBeNull();
    answer.resolve(PATH);

    await expect(done).resolves.toBe(true);
    expect(task.busy).toBe(false);
    expect(task.saved).toBe(PATH);
    expect(task.errors).toBeNull();
  });

  it("shows nothing when the officer cancels the folder dialog, not even the last file", async () => {
    const task = new DocumentTask({ translate: english, listen: fakeEvents().listen });
    await task.run(async () => PATH);
    await task.run(async () => null);
    expect(task.saved).toBeNull();
    expect(task.errors).toBeNull();
    expect(task.busy).toBe(false);
  });

  it("makes one file at a time: a second click while busy does nothing", async () => {
    const task = new DocumentTask({ translate: english, listen: fakeEvents().listen });
    const answer = deferred<string | null>();
    const second = vi.fn(async () => PATH);

    const first = task.run(() => answer.promise);
    await expect(task.run(second)).resolves.toBe(false);
    expect(second).not.toHaveBeenCalled();
    answer.resolve(PATH);
    await first;
    await expect(task.run(second)).resolves.toBe(true);
    expect(second).toHaveBeenCalledOnce();
  });

  it("words a refusal like any other and clears it on the next try", async () => {
    const task = new DocumentTask({ translate: english, listen: fakeEvents().listen });
    await task.run(() => Promise.reject({ code: "io", message: "disk full", violations: [] }));
    expect(task.busy).toBe(false);
    expect(task.saved).toBeNull();
    expect(task.errors?.summary).toMatch(/^A file or folder could not be read or written/);

    await task.run(async () => PATH);
    expect(task.errors).toBeNull();
    expect(task.saved).toBe(PATH);
  });

  it("treats a bare string from Tauri as an internal error", async () => {
    const task = new DocumentTask({ translate: english, listen: fakeEvents().listen });
    await task.run(() => Promise.reject("command export_slgs not found"));
    expect(task.errors?.summary).toMatch(/^Something unexpected went wrong/);
  });

  it("listens for progress before the export starts, follows it, and stops listening after", async () => {
    const events = fakeEvents();
    const task = new DocumentTask({ translate: english, listen: events.listen });
    const answer = deferred<string | null>();
    const make = vi.fn(() => {
      // The backend may report at once: the listener must already be there.
      expect(events.listening).toBe(true);
      events.emit(0, 144000);
      return answer.promise;
    });

    const done = task.run(make, true);
    await vi.waitFor(() => expect(make).toHaveBeenCalled());
    expect(task.progress).toEqual({ done: 0, total: 144000 });
    events.emit(1200, 144000);
    expect(task.progress).toEqual({ done: 1200, total: 144000 });

    answer.resolve(PATH);
    await done;
    expect(events.unlisten).toHaveBeenCalledOnce();
    expect(task.progress).toBeNull();
    expect(task.saved).toBe(PATH);
  });

  it("stops listening after a failed export too", async () => {
    const events = fakeEvents();
    const task = new DocumentTask({ translate: english, listen: events.listen });
    await task.run(() => Promise.reject({ code: "database", message: "locked", violations: [] }), true);
    expect(events.unlisten).toHaveBeenCalledOnce();
    expect(task.progress).toBeNull();
    expect(task.errors).not.toBeNull();
  });

  it("does not listen for progress when printing", async () => {
    const events = fakeEvents();
    const task = new DocumentTask({ translate: english, listen: events.listen });
    await task.run(async () => PATH);
    expect(events.listen).not.toHaveBeenCalled();
  });

  it("still exports when progress cannot be listened to", async () => {
    const listen = vi.fn(() => Promise.reject(new Error("event.listen not allowed")));
    const task = new DocumentTask({ translate: english, listen });
    await task.run(async () => PATH, true);
    expect(task.saved).toBe(PATH);
    expect(task.errors).toBeNull();
  });

  it("stops listening when its button goes away mid-export, and starts nothing after", async () => {
    const events = fakeEvents();
    const task = new DocumentTask({ translate: english, listen: events.listen });
    const answer = deferred<string | null>();
    const make = vi.fn(() => answer.promise);

    const done = task.run(make, true);
    await vi.waitFor(() => expect(make).toHaveBeenCalled());
    task.close();
    expect(events.unlisten).toHaveBeenCalledOnce();
    answer.resolve(PATH);
    await done;
    // Not called a second time at the end of the run.
    expect(events.unlisten).toHaveBeenCalledOnce();

    const later = vi.fn(async () => PATH);
    await expect(task.run(later)).resolves.toBe(false);
    expect(later).not.toHaveBeenCalled();
  });

  it("lets go of a listener that arrives after its button went away", async () => {
    const unlisten = vi.fn();
    const registered = deferred<() => void>();
    const task = new DocumentTask({ translate: english, listen: () => registered.promise });
    const make = vi.fn(async () => PATH);

    const done = task.run(make, true);
    task.close();
    registered.resolve(unlisten);
    await done;
    expect(unlisten).toHaveBeenCalledOnce();
  });
});
