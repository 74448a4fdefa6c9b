import { flushSync } from "svelte";
import { get } from "svelte/store";
import { _, locale } from "svelte-i18n";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import "./i18n";
import { PAGE_SIZE, RegisterList, type ListQuery } from "./registerList.svelte";

interface Page {
  rows: string[];
  total: number;
}

const page = (...rows: string[]): Page => ({ rows, total: rows.length });
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const english = () => {
  locale.set("en");
  return get(_);
};

// A RegisterList lives in a component; in a test its effect needs a root of its own.
let destroy: (() => void) | undefined;
function create<T>(load: (query: ListQuery) => Promise<T>): RegisterList<T> {
  let list!: RegisterList<T>;
  destroy = $effect.root(() => {
    list = new RegisterList(load, english);
  });
  flushSync();
  return list;
}

beforeAll(() => {
  vi.spyOn(console, "warn").mockImplementation(() => {});
});

afterEach(() => {
  destroy?.();
  destroy = undefined;
});

describe("RegisterList", () => {
  it("asks for the first page of everything not archived, and shows the answer", async () => {
    const load = vi.fn(async () => page("a", "b"));
    const list = create(load);

    expect(load).toHaveBeenCalledWith({ search: "", includeArchived: false, page: 0, pageSize: PAGE_SIZE });
    expect(list.result).toBeNull();
    await settle();
    expect(list.result).toEqual(page("a", "b"));
    expect(list.error).toBeNull();
  });

  it("searches for the trimmed text from the first page", () => {
    const load = vi.fn(async () => page());
    const list = create(load);
    list.page = 3;
    flushSync();

    list.searchFor("  sok  ");
    flushSync();

    expect(load).toHaveBeenLastCalledWith(expect.objectContaining({ search: "sok", page: 0 }));
  });

  it("gives the query it last asked, for an export of the same selection", () => {
    const load = vi.fn(async () => page());
    const list = create(load);
    list.searchFor(" sok ");
    list.includeArchived = true;
    list.page = 2;
    flushSync();

    expect(list.query).toEqual({ search: "sok", includeArchived: true, page: 2, pageSize: PAGE_SIZE });
    expect(load).toHaveBeenLastCalledWith(list.query);
  });

  it("asks again when a screen's own filter, read by its load, changes", () => {
    let commune = $state<string | null>(null);
    const asked: (string | null)[] = [];
    create(async () => {
      asked.push(commune);
      return page();
    });

    commune = "040610";
    flushSync();

    expect(asked).toEqual([null, "040610"]);
  });

  it("asks the same question again after a save", () => {
    const load = vi.fn(async () => page());
    const list = create(load);
    list.reload();
    flushSync();
    expect(load).toHaveBeenCalledTimes(2);
    expect(load.mock.calls[1]).toEqual(load.mock.calls[0]);
  });

  it("keeps the answer to the latest question when an earlier one answers late", async () => {
    const answers: ((p: Page) => void)[] = [];
    const load = vi.fn(() => new Promise<Page>((resolve) => answers.push(resolve)));
    const list = create(load);
    list.includeArchived = true;
    flushSync();

    answers[1](page("with archived"));
    answers[0](page("stale"));
    await settle();

    expect(list.result).toEqual(page("with archived"));
  });

  it("words a failure, and drops it once an answer comes", async () => {
    let fail = true;
    const load = vi.fn(() =>
      fail ? Promise.reject({ code: "io", message: "disk", violations: [] }) : Promise.resolve(page("a")),
    );
    const list = create(load);
    await settle();
    expect(list.error?.summary).toBeTruthy();
    expect(list.result).toBeNull();

    fail = false;
    list.reload();
    flushSync();
    await settle();
    expect(list.error).toBeNull();
    expect(list.result).toEqual(page("a"));
  });
});
