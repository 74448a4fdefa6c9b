export interface PageRange {
  from: number;
  to: number;
  total: number;
}

/** 1-based first and last row numbers shown on a 0-based page. */
export function pageRange(page: number, pageSize: number, total: number): PageRange {
  if (total <= 0 || pageSize <= 0) return { from: 0, to: 0, total: Math.max(total, 0) };
  const from = Math.min(page * pageSize + 1, total);
  const to = Math.min((page + 1) * pageSize, total);
  return { from, to, total };
}

export function hasPreviousPage(page: number): boolean {
  return page > 0;
}

export function hasNextPage(page: number, pageSize: number, total: number): boolean {
  return (page + 1) * pageSize < total;
}

export function lastPage(pageSize: number, total: number): number {
  return Math.max(0, Math.ceil(total / pageSize) - 1);
}
