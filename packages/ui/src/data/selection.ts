// What the user selected in a dataframe, and the rules of its selection modes: a click toggles a
// row, a column or a cell; a single mode keeps at most one.
export interface Selection {
  rows: number[];
  columns: string[];
  cells: [number, string][];
}

export type SelectionMode = "single-row" | "multi-row" | "single-column" | "multi-column" | "single-cell" | "multi-cell";

export interface Select {
  modes: readonly SelectionMode[];
  value: Selection;
  change(selection: Selection): void;
}

export function selects(select: Select | undefined, what: "row" | "column" | "cell"): "single" | "multi" | null {
  if (select === undefined) return null;
  if (select.modes.includes(`multi-${what}`)) return "multi";
  return select.modes.includes(`single-${what}`) ? "single" : null;
}

/** The selection with `item` toggled in its part: added, or taken out when it was there. */
export function toggle<T>(list: readonly T[], item: T, mode: "single" | "multi", same: (a: T, b: T) => boolean = Object.is): T[] {
  const has = list.some((x) => same(x, item));
  if (has) return list.filter((x) => !same(x, item));
  return mode === "single" ? [item] : [...list, item];
}

export const sameCell = (a: [number, string], b: [number, string]): boolean => a[0] === b[0] && a[1] === b[1];
