import { describe, expect, it, vi } from "vitest";
import { SavedChoice } from "./weights";

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A save and a load whose answers the test hands out, one per call, in any order. */
function backend() {
  const saves: { value: number; answer: ReturnType<typeof deferred<void>> }[] = [];
  const loads: { value: number; answer: ReturnType<typeof deferred<string>> }[] = [];
  const onanswer = vi.fn();
  const onfail = vi.fn();
  const choice = new SavedChoice<number, string>({
    save: (value) => {
      const answer = deferred<void>();
      saves.push({ value, answer });
      return answer.promise;
    },
    load: (value) => {
      const answer = deferred<string>();
      loads.push({ value, answer });
      return answer.promise;
    },
    onanswer,
    onfail,
  });
  return { choice, saves, loads, onanswer, onfail };
}

describe("SavedChoice: a weight change saves, then ranks again", () => {
  it("saves, then loads with the saved value, then shows the answer", async () => {
    const b = backend();
    b.choice.change(5);
    await settle();
    expect(b.saves.map((s) => s.value)).toEqual([5]);
    expect(b.loads).toHaveLength(0);

    b.saves[0].answer.resolve();
    await settle();
    expect(b.loads.map((l) => l.value)).toEqual([5]);

    b.loads[0].answer.resolve("ranking for 5");
    await settle();
    expect(b.onanswer).toHaveBeenCalledWith("ranking for 5", 5);
    expect(b.onfail).not.toHaveBeenCalled();
  });

  it("saves one change at a time, and skips a change overtaken before its save began", async () => {
    const b = backend();
    b.choice.change(1);
    await settle();
    b.choice.change(2);
    b.choice.change(3);
    await settle();
    // The first save is still under way: nothing else is sent meanwhile.
    expect(b.saves.map((s) => s.value)).toEqual([1]);

    b.saves[0].answer.resolve();
    await settle();
    // 1 was overtaken while saving: it is not loaded; 2 never starts; 3 is saved next.
    expect(b.saves.map((s) => s.value)).toEqual([1, 3]);
    expect(b.loads).toHaveLength(0);

    b.saves[1].answer.resolve();
    await settle();
    b.loads[0].answer.resolve("ranking for 3");
    await settle();
    expect(b.loads.map((l) => l.value)).toEqual([3]);
    expect(b.onanswer).toHaveBeenCalledTimes(1);
    expect(b.onanswer).toHaveBeenCalledWith("ranking for 3", 3);
  });

  it("shows only the newest change's ranking when an older one answers last", async () => {
    const b = backend();
    b.choice.change(1);
    await settle();
    b.saves[0].answer.resolve();
    await settle();
    expect(b.loads.map((l) => l.value)).toEqual([1]);

    b.choice.change(2);
    await settle();
    b.saves[1].answer.resolve();
    await settle();
    expect(b.loads.map((l) => l.value)).toEqual([1, 2]);

    b.loads[1].answer.resolve("ranking for 2");
    await settle();
    b.loads[0].answer.resolve("ranking for 1");
    await settle();
    expect(b.onanswer.mock.calls).toEqual([["ranking for 2", 2]]);
  });

  it("reports a refused save of the newest change and does not rank, then carries on", async () => {
    const b = backend();
    b.choice.change(0);
    await settle();
    b.saves[0].answer.reject({ code: "invalid_input" });
    await settle();
    expect(b.onfail).toHaveBeenCalledWith({ code: "invalid_input" });
    expect(b.loads).toHaveLength(0);

    b.choice.change(4);
    await settle();
    expect(b.saves.map((s) => s.value)).toEqual([0, 4]);
  });

  it("ignores a refusal of an overtaken change", async () => {
    const b = backend();
    b.choice.change(0);
    await settle();
    b.choice.change(4);
    b.saves[0].answer.reject(new Error("refused"));
    await settle();
    expect(b.onfail).not.toHaveBeenCalled();
    expect(b.saves.map((s) => s.value)).toEqual([0, 4]);
  });

  it("reports nothing once closed", async () => {
    const b = backend();
    b.choice.change(7);
    await settle();
    b.choice.close();
    b.saves[0].answer.resolve();
    await settle();
    expect(b.loads).toHaveLength(0);
    expect(b.onanswer).not.toHaveBeenCalled();
  });
});
