// The analysis's weight sliders: each change is saved, then the ranking is asked
// for again. Saves go one after another, a change overtaken by a newer one before
// its save starts is not saved at all, and only the newest change's answer (or
// failure) reaches the screen: an answer for an older choice that arrives late
// must not move the ranking back.
import { latest } from "../latest";

const OVERTAKEN = Symbol("overtaken");

export interface SaveThenLoad<W, A> {
  save: (value: W) => Promise<unknown>;
  load: (value: W) => Promise<A>;
  onanswer: (answer: A, value: W) => void;
  onfail: (e: unknown) => void;
}

export class SavedChoice<W, A> {
  #steps: SaveThenLoad<W, A>;
  #queue: Promise<unknown> = Promise.resolve();
  #generation = 0;
  #drop: () => void = () => {};

  constructor(steps: SaveThenLoad<W, A>) {
    this.#steps = steps;
  }

  change(value: W): void {
    const generation = ++this.#generation;
    const current = () => generation === this.#generation;
    // Only the saves wait for each other; a ranking may still be on its way when
    // the next save starts.
    const saved = this.#queue.then(async () => {
      if (!current()) return false;
      await this.#steps.save(value);
      return true;
    });
    // A refused save must not stop the saves after it.
    this.#queue = saved.catch(() => undefined);
    const run = saved.then(
      (done): Promise<A | typeof OVERTAKEN> | typeof OVERTAKEN =>
        done && current() ? this.#steps.load(value) : OVERTAKEN,
    );
    this.#drop();
    this.#drop = latest(
      run,
      (answer) => {
        if (answer !== OVERTAKEN) this.#steps.onanswer(answer, value);
      },
      this.#steps.onfail,
    );
  }

  /** The screen is gone: nothing more reaches it. */
  close(): void {
    this.#generation += 1;
    this.#drop();
  }
}
