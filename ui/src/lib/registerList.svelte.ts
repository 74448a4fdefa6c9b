import { get } from "svelte/store";
import { _ } from "svelte-i18n";
import { describeError, type FormErrors, type Translate } from "./api";
import { latest } from "./latest";

/** What every register asks for; each screen adds its own filters. */
export interface ListQuery {
  search: string;
  includeArchived: boolean;
  page: number;
  pageSize: number;
}

export const PAGE_SIZE = 50;

/**
 * The rows a register screen shows and the query behind them. Create it while a
 * component starts: it asks again whenever the query, or any state `load` reads,
 * changes, and keeps only the answer to the latest question.
 */
export class RegisterList<T> {
  search = $state("");
  includeArchived = $state(false);
  page = $state(0);
  readonly pageSize = PAGE_SIZE;
  result: T | null = $state(null);
  error: FormErrors | null = $state(null);
  #reloads = $state(0);

  constructor(load: (query: ListQuery) => Promise<T>, translate: () => Translate = () => get(_)) {
    $effect(() => {
      const query = this.query;
      void this.#reloads;
      return latest(
        load(query),
        (result) => {
          this.result = result;
          this.error = null;
        },
        (e) => {
          this.error = describeError(e, translate());
        },
      );
    });
  }

  /**
   * The question as it stands: the search last sent (not text still being typed),
   * the archived choice and the page. An export asks it again, for every page.
   */
  get query(): ListQuery {
    return {
      search: this.search,
      includeArchived: this.includeArchived,
      page: this.page,
      pageSize: this.pageSize,
    };
  }

  /** A filter changed: the first page of its matches is the one to show. */
  firstPage(): void {
    this.page = 0;
  }

  searchFor(text: string): void {
    this.search = text.trim();
    this.firstPage();
  }

  /** Something was saved: the same query may now have other rows. */
  reload(): void {
    this.#reloads += 1;
  }
}
