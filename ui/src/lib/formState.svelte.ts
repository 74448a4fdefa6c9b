import { get } from "svelte/store";
import { _ } from "svelte-i18n";
import { describeError, type FormErrors, type Translate } from "./api";
import { revealFirstError } from "./forms";

export interface FormStateOptions {
  /** Words a refusal; `describeError` unless the form's actions need other wording. */
  describe?: (e: unknown, t: Translate, shownFields: readonly string[]) => FormErrors;
  /** Brings the refusal into view; the first marked field by default. */
  reveal?: () => unknown;
  /** The current formatter; svelte-i18n's unless a test gives its own. */
  translate?: () => Translate;
}

/**
 * What every form does around a backend call: one call at a time (`busy`), the
 * backend's verdict worded per field (`errors`), and nothing else touched, so a
 * refused form keeps what the officer typed.
 */
export class FormState {
  busy = $state(false);
  errors: FormErrors | null = $state(null);

  readonly #fields: readonly string[] | (() => readonly string[]);
  readonly #describe: NonNullable<FormStateOptions["describe"]>;
  readonly #reveal: NonNullable<FormStateOptions["reveal"]>;
  readonly #translate: NonNullable<FormStateOptions["translate"]>;

  /**
   * `fields`: the input's field names this form shows next to their controls; a
   * function for a form whose rows come and go (`lines.3.quantity`).
   */
  constructor(fields: readonly string[] | (() => readonly string[]), options: FormStateOptions = {}) {
    this.#fields = fields;
    this.#describe = options.describe ?? describeError;
    this.#reveal = options.reveal ?? revealFirstError;
    this.#translate = options.translate ?? (() => get(_));
  }

  /**
   * Runs `action` unless another is under way (a double click must not save
   * twice). Returns whether it went through; a refusal is shown, not thrown.
   */
  async run(action: () => Promise<unknown>): Promise<boolean> {
    if (this.busy) return false;
    this.busy = true;
    this.errors = null;
    try {
      await action();
      return true;
    } catch (e) {
      this.show(e);
      void this.#reveal();
      return false;
    } finally {
      this.busy = false;
    }
  }

  /** Shows a failure that happened outside `run`, such as a list that did not load. */
  show(e: unknown): void {
    const fields = typeof this.#fields === "function" ? this.#fields() : this.#fields;
    this.errors = this.#describe(e, this.#translate(), fields);
  }

  /** For `aria-invalid`: left out, rather than "false", on a field with nothing to say. */
  invalid(field: string): true | undefined {
    return this.errors?.fields[field] ? true : undefined;
  }

  /**
   * The officer changed `field`: its messages spoke of the old value. The summary
   * and the other fields' messages stay until the next save.
   */
  edited(field: string): void {
    if (!this.errors?.fields[field]) return;
    const fields = { ...this.errors.fields };
    delete fields[field];
    this.errors = { ...this.errors, fields };
  }
}
