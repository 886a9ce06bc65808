// Which rows the grid shows, in which order: the rows that match the search (in any shown
// column's text), sorted by one column. Kept as a permutation of row numbers (a Uint32Array), so
// a million rows sort and filter without an object per row.
import { cellText } from "./format.ts";
import type { GridColumn } from "./columns.ts";

export interface Sort {
  column: string;
  direction: "asc" | "desc";
}

/** `hidden`: rows left out (a data editor's deleted rows). */
export function viewRows(rows: number, columns: GridColumn[], sort: Sort | null, search: string, hidden?: ReadonlySet<number>): Uint32Array {
  let order = new Uint32Array(rows);
  for (let i = 0; i < rows; i++) order[i] = i;
  if (hidden !== undefined && hidden.size > 0) order = order.filter((row) => !hidden.has(row));
  const query = search.trim().toLowerCase();
  if (query !== "") {
    const kept: number[] = [];
    for (const i of order) {
      if (columns.some((column) => (cellText(column.value(i), column.type) ?? "").toLowerCase().includes(query))) kept.push(i);
    }
    order = Uint32Array.from(kept);
  }
  const by = sort === null ? undefined : columns.find((column) => column.name === sort.column);
  if (by === undefined || sort === null) return order;
  // The sort key of every row once (a cell read costs more than a comparison), missing values last.
  const keys: unknown[] = new Array(rows);
  for (const row of order) keys[row] = sortKey(by.value(row));
  const sign = sort.direction === "asc" ? 1 : -1;
  return order.sort((a, b) => {
    const x = keys[a];
    const y = keys[b];
    if (x === null) return y === null ? a - b : 1;
    if (y === null) return -1;
    const c = x! < y! ? -1 : x! > y! ? 1 : 0;
    return c === 0 ? a - b : c * sign;
  });
}

function sortKey(value: unknown): number | string | bigint | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return Number.isNaN(value) ? null : value;
  if (typeof value === "bigint" || typeof value === "string") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Date) return value.getTime();
  if (Array.isArray(value)) return value.length;
  return String(value);
}

/** The next sort when a header is clicked: ascending, descending, then none. */
export function nextSort(current: Sort | null, column: string): Sort | null {
  if (current === null || current.column !== column) return { column, direction: "asc" };
  return current.direction === "asc" ? { column, direction: "desc" } : null;
}

/** The shown rows as CSV (RFC 4180), with a header of the shown columns. */
export function toCsv(columns: GridColumn[], order: Uint32Array): string {
  const quote = (text: string): string => (/[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const lines = [columns.map((column) => quote(column.header)).join(",")];
  for (const row of order) lines.push(columns.map((column) => quote(csvValue(column.value(row)))).join(","));
  return `${lines.join("\n")}\n`;
}

function csvValue(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return JSON.stringify(value);
  return String(value);
}

/**
 * The rows to render for a scroll position: fixed-height rows, so which are in view is arithmetic.
 * Past ~15 million pixels (a browser's limit on an element's height is near 33 million) the
 * scroll range is scaled: the scrollbar spans the whole data, the rows move at their own speed.
 */
export const MAX_SCROLL_HEIGHT = 15_000_000;

export function visibleWindow(scrollTop: number, viewport: number, rows: number, rowHeight: number, overscan = 6) {
  const total = rows * rowHeight;
  const scrollHeight = Math.min(total, MAX_SCROLL_HEIGHT);
  const ratio = total > viewport && scrollHeight > viewport ? (total - viewport) / (scrollHeight - viewport) : 1;
  const offset = scrollTop * ratio;
  const first = Math.max(0, Math.floor(offset / rowHeight) - overscan);
  const last = Math.min(rows, Math.ceil((offset + viewport) / rowHeight) + overscan);
  // Where row `first` is drawn, in the scroll area's coordinates.
  const top = scrollTop + (first * rowHeight - offset);
  return { first, last, top, scrollHeight };
}
