// What a data editor's user has changed (Streamlit's EditingState, camelCased): cells edited by
// row position and column name, rows added at the end, rows deleted by position. It is the
// widget's value: the page sends it whole after each edit, `st.sessionState[key]` holds it, and
// the script gets the data with it applied (applyEdits.ts). Values are JSON as the page sends
// them (a date as an ISO string); each column's kind says what they become.

import * as v from "valibot";
import type { ColumnConfig } from "./columnConfig.ts";

/** A cell's value as the page sends it. */
export type CellValue = string | number | boolean | null;

const cell = v.nullable(v.union([v.string(), v.number(), v.boolean()]));
const position = v.pipe(v.number(), v.integer(), v.minValue(0));

export const editingStateValue = v.object({
  /** Edited cells: row position in the data (as a string: a JSON key) → column name → value. */
  editedRows: v.record(v.pipe(v.string(), v.regex(/^(0|[1-9]\d*)$/)), v.record(v.string(), cell)),
  /** Rows added after the data's: column name → value (the index's as `_index`). */
  addedRows: v.array(v.record(v.string(), cell)),
  /** Positions in the data of the rows deleted. */
  deletedRows: v.array(position),
});
export type EditingState = v.InferOutput<typeof editingStateValue>;

export const EMPTY_EDITS: EditingState = { editedRows: {}, addedRows: [], deletedRows: [] };

/** The kinds of value an editor's cell takes, from its column's Arrow type; null: not editable. */
export type CellKind = "text" | "integer" | "float" | "bigint" | "boolean" | "datetime" | "date";

export function cellKind(arrowType: string): CellKind | null {
  if (/^(Int|Uint)(8|16|32)$/.test(arrowType)) return "integer";
  if (/^(Int|Uint)64$/.test(arrowType)) return "bigint";
  if (/^Float/.test(arrowType)) return "float";
  if (arrowType === "Bool") return "boolean";
  // A dictionary of strings (apache-arrow's tableFromArrays makes one of every string array) is text.
  if (arrowType === "Utf8" || arrowType === "LargeUtf8" || /^Dictionary<\w+, (Large)?Utf8>$/.test(arrowType)) return "text";
  if (/^Timestamp/.test(arrowType)) return "datetime";
  if (/^Date/.test(arrowType)) return "date";
  return null;
}

/** A column of a data editor as its edits are checked and applied. */
export interface EditColumn {
  name: string;
  /** null: the user cannot edit it (disabled, or of a type no editor takes). */
  kind: CellKind | null;
  /** What its cells hold in the data given: a typed array's column takes no null (NaN for floats). */
  typed: boolean;
  required: boolean;
  config: ColumnConfig | undefined;
}

/**
 * Why a state from the page does not fit the editor, or null: rows it does not have, columns
 * it cannot edit, values its columns do not take, added or deleted rows when its rows are fixed.
 */
export function editingProblem(state: EditingState, columns: readonly EditColumn[], rows: number, dynamic: boolean): string | null {
  const byName = new Map(columns.map((column) => [column.name, column]));
  if (!dynamic && (state.addedRows.length > 0 || state.deletedRows.length > 0)) return 'its rows are fixed (numRows: "fixed"): none can be added or deleted';
  for (const [row, cells] of Object.entries(state.editedRows)) {
    if (Number(row) >= rows) return `it has ${rows} rows (row ${row} was edited)`;
    for (const [name, value] of Object.entries(cells)) {
      const problem = cellProblem(byName.get(name), name, value);
      if (problem !== null) return `row ${row}: ${problem}`;
    }
  }
  for (const [i, added] of state.addedRows.entries()) {
    for (const [name, value] of Object.entries(added)) {
      const problem = cellProblem(byName.get(name), name, value);
      if (problem !== null) return `added row ${i}: ${problem}`;
    }
    const missing = columns.find((column) => column.required && column.kind !== null && addedValue(added, column) === null);
    if (missing !== undefined) return `added row ${i} has no value in the required column ${JSON.stringify(missing.name)}`;
  }
  const deleted = new Set<number>();
  for (const row of state.deletedRows) {
    if (row >= rows) return `it has ${rows} rows (row ${row} was deleted)`;
    if (deleted.has(row)) return `row ${row} is deleted twice`;
    deleted.add(row);
  }
  return null;
}

/** An added row's value in a column: the one given, else the column's default. */
export function addedValue(added: Record<string, CellValue>, column: EditColumn): CellValue {
  const value = added[column.name];
  if (value !== undefined && value !== null) return value;
  const fallback = column.config?.default;
  return fallback === undefined ? null : fallback;
}

function cellProblem(column: EditColumn | undefined, name: string, value: CellValue): string | null {
  const quoted = JSON.stringify(name);
  if (column === undefined) return `it has no column ${quoted}`;
  if (column.kind === null) return `the column ${quoted} cannot be edited`;
  if (value === null) return column.required || (column.typed && column.kind !== "float") ? `the column ${quoted} needs a value` : null;
  const problem = valueProblem(column.kind, column.config, value);
  return problem === null ? null : `the column ${quoted} takes ${problem}`;
}

/** What the value should be, in words, when a column of this kind and config does not take it. */
function valueProblem(kind: CellKind, config: ColumnConfig | undefined, value: Exclude<CellValue, null>): string | null {
  const type = config?.type;
  if (type?.kind === "selectbox" && type.options !== undefined && !type.options.some((option) => option === value)) {
    return `one of its options (${type.options.map((o) => JSON.stringify(o)).join(", ")})`;
  }
  switch (kind) {
    case "text": {
      if (typeof value !== "string") return "text";
      const rules = type?.kind === "text" || type?.kind === "link" ? type : undefined;
      if (rules?.maxChars !== undefined && [...value].length > rules.maxChars) return `at most ${rules.maxChars} characters`;
      // (columnConfig.ts has checked that it compiles.)
      if (rules?.validate !== undefined && !new RegExp(rules.validate).test(value)) return `text matching ${rules.validate}`;
      return null;
    }
    case "integer":
    case "float":
    case "bigint": {
      const number = kind === "bigint" && typeof value === "string" && /^-?\d+$/.test(value) ? Number(value) : value;
      if (typeof number !== "number" || !Number.isFinite(number)) return "a number";
      if (kind !== "float" && !Number.isInteger(number)) return "a whole number";
      if (kind === "integer" && (number < -0x80000000 || number > 0xffffffff)) return "a 32-bit whole number";
      const bounds = type?.kind === "number" ? type : undefined;
      if (bounds?.minValue !== undefined && number < bounds.minValue) return `a number of at least ${bounds.minValue}`;
      if (bounds?.maxValue !== undefined && number > bounds.maxValue) return `a number of at most ${bounds.maxValue}`;
      return null;
    }
    case "boolean":
      return typeof value === "boolean" ? null : "true or false";
    case "datetime":
    case "date":
      return dateOf(value) === null ? "a date (an ISO 8601 string or milliseconds since 1970)" : null;
  }
}

/** A date the page sent (an ISO 8601 string, or milliseconds), or null when it is none. */
export function dateOf(value: CellValue): Date | null {
  if (typeof value !== "string" && typeof value !== "number") return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
