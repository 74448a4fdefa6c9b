import { get } from "svelte/store";
import { _, locale } from "svelte-i18n";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { IpcError } from "../bindings/IpcError";
import { describeActionError, type Translate } from "./api";
import { FormState } from "./formState.svelte";
import "./i18n";

const refused: IpcError = {
  code: "invalid_input",
  message: "household refused",
  violations: [
    { field: "headNameKm", rule: "required", params: {} },
    { field: "birthYear", rule: "year_out_of_range", params: { min: "1915", max: "2015" } },
    { field: "householdId", rule: "already_in_other_slg", params: { slg: "SLG Srae Thmei 2" } },
  ],
};

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

function householdForm(reveal = vi.fn()) {
  return new FormState(["headNameKm", "birthYear"], { reveal, translate: english });
}

beforeAll(() => {
  vi.spyOn(console, "warn").mockImplementation(() => {});
});

describe("FormState with rows that come and go", () => {
  it("asks which fields it shows when a refusal comes, not when it was made", () => {
    let rows = 1;
    const form = new FormState(() => Array.from({ length: rows }, (_, i) => `lines.${i}.quantity`), {
      reveal: vi.fn(),
      translate: english,
    });
    rows = 3;
    form.show({
      code: "invalid_input",
      message: "",
      violations: [{ field: "lines.2.quantity", rule: "required", params: {} }],
    });
    expect(form.errors?.fields["lines.2.quantity"]).toEqual(["Please fill this in."]);
    expect(form.errors?.other).toEqual([]);
  });
});

describe("FormState.run", () => {
  it("runs the action and is busy exactly while it runs", async () => {
    const reveal = vi.fn();
    const form = householdForm(reveal);
    const answer = deferred<string>();
    const saved = vi.fn();

    const done = form.run(async () => saved(await answer.promise));
    expect(form.busy).toBe(true);
    answer.resolve("saved");

    await expect(done).resolves.toBe(true);
    expect(saved).toHaveBeenCalledWith("saved");
    expect(form.busy).toBe(false);
    expect(form.errors).toBeNull();
    expect(reveal).not.toHaveBeenCalled();
  });

  it("runs one action at a time: a second click while saving does nothing", async () => {
    const form = householdForm();
    const answer = deferred<void>();
    const first = vi.fn(() => answer.promise);
    const second = vi.fn(async () => {});

    const running = form.run(first);
    await expect(form.run(second)).resolves.toBe(false);
    expect(second).not.toHaveBeenCalled();

    answer.resolve();
    await running;
    await expect(form.run(second)).resolves.toBe(true);
    expect(second).toHaveBeenCalledOnce();
  });

  it("words a refusal next to the fields it names, the rest under the summary, and reveals it", async () => {
    const reveal = vi.fn();
    const form = householdForm(reveal);

    await expect(form.run(() => Promise.reject(refused))).resolves.toBe(false);

    expect(form.busy).toBe(false);
    expect(form.errors?.summary).toMatch(/^Some information needs correcting/);
    expect(form.errors?.fields).toEqual({
      headNameKm: ["Please fill this in."],
      birthYear: ["The year must be between 1915 and 2015."],
    });
    expect(form.errors?.other).toEqual([
      {
        field: "householdId",
        message: "This household is already a member of SLG Srae Thmei 2. Remove it from that group first.",
      },
    ]);
    expect(form.invalid("headNameKm")).toBe(true);
    expect(form.invalid("phone")).toBeUndefined();
    expect(reveal).toHaveBeenCalledOnce();
  });

  it("clears the last refusal when the next action starts", async () => {
    const form = householdForm();
    await form.run(() => Promise.reject(refused));
    const answer = deferred<void>();

    const done = form.run(() => answer.promise);
    expect(form.errors).toBeNull();
    answer.resolve();
    await done;
    expect(form.errors).toBeNull();
  });

  it("words the refusal as the form asks, e.g. a one-click action by its rule alone", async () => {
    const form = new FormState([], { describe: describeActionError, reveal: vi.fn(), translate: english });
    await form.run(() => Promise.reject(refused));
    expect(form.errors?.summary).toBe("");
    expect(form.errors?.other.map((o) => o.field)).toEqual(["headNameKm", "birthYear", "householdId"]);
  });

  it("speaks the interface's language when no formatter is given", async () => {
    locale.set("en");
    const form = new FormState(["headNameKm"], { reveal: vi.fn() });
    await form.run(() => Promise.reject(refused));
    expect(form.errors?.fields.headNameKm).toEqual(["Please fill this in."]);
  });
});

describe("FormState.show", () => {
  it("shows a failure from outside an action without revealing it or touching busy", () => {
    const reveal = vi.fn();
    const form = householdForm(reveal);
    form.show({ code: "io", message: "disk full", violations: [] });
    expect(form.errors?.summary).not.toBe("");
    expect(form.errors?.fields).toEqual({});
    expect(form.busy).toBe(false);
    expect(reveal).not.toHaveBeenCalled();
  });
});

describe("FormState.edited", () => {
  it("clears only the edited field's messages; the summary and the other fields stay", async () => {
    const form = householdForm();
    await form.run(() => Promise.reject(refused));
    const summary = form.errors?.summary;

    form.edited("headNameKm");

    expect(form.errors?.summary).toBe(summary);
    expect(form.errors?.fields).toEqual({ birthYear: ["The year must be between 1915 and 2015."] });
    expect(form.errors?.other).toHaveLength(1);
    expect(form.invalid("headNameKm")).toBeUndefined();
    expect(form.invalid("birthYear")).toBe(true);
  });

  it("leaves the errors as they are for a field without messages, or when there are none", async () => {
    const form = householdForm();
    form.edited("headNameKm");
    expect(form.errors).toBeNull();

    await form.run(() => Promise.reject(refused));
    const before = form.errors;
    form.edited("phone");
    expect(form.errors).toBe(before);
  });
});
