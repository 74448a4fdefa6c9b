// The months a vendor buys a product, and the peak months among them, as the
// interview grid toggles them: month numbers 1–12, kept sorted.

export const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

export interface MonthChoice {
  months: number[];
  peakMonths: number[];
}

const sorted = (list: Iterable<number>) => [...new Set(list)].sort((a, b) => a - b);

/** Ticks or unticks one month; unticking it also drops it as a peak. */
export function toggleMonth(choice: MonthChoice, month: number): MonthChoice {
  if (choice.months.includes(month)) {
    return {
      months: choice.months.filter((m) => m !== month),
      peakMonths: choice.peakMonths.filter((m) => m !== month),
    };
  }
  return { months: sorted([...choice.months, month]), peakMonths: choice.peakMonths };
}

/** Marks or unmarks a peak month; a peak month is also a month the vendor buys. */
export function togglePeak(choice: MonthChoice, month: number): MonthChoice {
  if (choice.peakMonths.includes(month)) {
    return { months: choice.months, peakMonths: choice.peakMonths.filter((m) => m !== month) };
  }
  return {
    months: sorted([...choice.months, month]),
    peakMonths: sorted([...choice.peakMonths, month]),
  };
}

export function isAllYear(months: readonly number[]): boolean {
  return MONTHS.every((m) => months.includes(m));
}

/** All twelve months, or, when all are ticked already, none (peaks go with them). */
export function toggleAllYear(choice: MonthChoice): MonthChoice {
  if (isAllYear(choice.months)) return { months: [], peakMonths: [] };
  return { months: [...MONTHS], peakMonths: choice.peakMonths };
}

/** The month an arrow key moves to in the grid, staying within January–December. */
export function stepMonth(month: number, key: string): number {
  switch (key) {
    case "ArrowLeft":
      return Math.max(1, month - 1);
    case "ArrowRight":
      return Math.min(12, month + 1);
    case "Home":
      return 1;
    case "End":
      return 12;
    default:
      return month;
  }
}
