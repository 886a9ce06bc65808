// What a data editor's page does with the user's edits: the state (Streamlit's EditingState,
// the widget's value) as the grid shows it over the data (edited cells, added rows after the
// data's, deleted rows left out), the changes a cell edit, an added row or a deletion make to
// it, and which editor each column's cells open, with how its input becomes a cell value.
import { cellKind, type CellValue, type EditingState } from "../wire.ts";
import type { GridColumn } from "./columns.ts";

export type { CellValue, EditingState };

/** How the grid edits: the state it shows, whether rows come and go, and where a change goes. */
export interface Edit {
  state: EditingState;
  dynamic: boolean;
  /** Nothing can be edited (the editor's `disabled: true`). */
  disabled: boolean;
  change(state: EditingState): void;
}

/** The input a column's cells are edited with; null: they are not. */
export type Editor =
  | { kind: "text"; maxChars?: number | undefined; validate?: RegExp | undefined }
  | { kind: "number"; integer: boolean; min?: number | undefined; max?: number | undefined; step?: number | undefined }
  | { kind: "checkbox" }
  | { kind: "select"; options: (string | number | boolean)[] }
  | { kind: "date" | "datetime" | "time" };

export function editorOf(column: GridColumn, edit: Edit): Editor | null {
  if (edit.disabled || column.config.disabled === true || column.name === "") return null;
  const kind = cellKind(column.arrowType);
  if (kind === null) return null;
  const type = column.type;
  if (type.kind === "selectbox") return { kind: "select", options: type.options ?? [] };
  switch (kind) {
    case "text":
      if (type.kind === "time") return { kind: "time" };
      return { kind: "text", ...(type.kind === "text" || type.kind === "link" ? { maxChars: type.maxChars, validate: type.validate === undefined ? undefined : new RegExp(type.validate) } : {}) };
    case "integer":
    case "bigint":
    case "float": {
      const bounds = type.kind === "number" ? type : undefined;
      return { kind: "number", integer: kind !== "float", min: bounds?.minValue, max: bounds?.maxValue, step: bounds?.step ?? (kind === "float" ? undefined : 1) };
    }
    case "boolean":
      return { kind: "checkbox" };
    case "datetime":
    case "date":
      return { kind: type.kind === "date" ? "date" : type.kind === "time" ? "time" : kind === "date" ? "date" : "datetime" };
  }
}

/**
 * The input's text as the cell's value, or why it is not one. Empty is null (no value), which a
 * required column refuses. Dates are naive, shown and taken in UTC (as the grid shows them).
 */
export function cellFromInput(text: string, editor: Editor, required: boolean): { value: CellValue } | { problem: string } {
  if (text === "") return required ? { problem: "A value is required" } : { value: null };
  switch (editor.kind) {
    case "text":
      if (editor.maxChars !== undefined && [...text].length > editor.maxChars) return { problem: `At most ${editor.maxChars} characters` };
      if (editor.validate !== undefined && !editor.validate.test(text)) return { problem: `Does not match ${editor.validate.source}` };
      return { value: text };
    case "number": {
      const number = Number(text);
      if (!Number.isFinite(number)) return { problem: "Not a number" };
      if (editor.integer && !Number.isInteger(number)) return { problem: "Not a whole number" };
      if (editor.min !== undefined && number < editor.min) return { problem: `At least ${editor.min}` };
      if (editor.max !== undefined && number > editor.max) return { problem: `At most ${editor.max}` };
      return { value: number };
    }
    case "date":
    case "datetime": {
      const date = new Date(editor.kind === "date" ? `${text}T00:00:00Z` : `${text}Z`);
      return Number.isNaN(date.getTime()) ? { problem: "Not a date" } : { value: date.toISOString() };
    }
    case "time":
      return { value: text };
    case "select": {
      const option = editor.options.find((o) => String(o) === text);
      return option === undefined ? { problem: "Not one of the options" } : { value: option };
    }
    case "checkbox":
      return { value: text === "true" };
  }
}

/** A cell's value as its editor's input shows it. */
export function inputOf(value: unknown, editor: Editor): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    const iso = value.toISOString();
    return editor.kind === "date" ? iso.slice(0, 10) : editor.kind === "time" ? iso.slice(11, 19) : iso.slice(0, 19);
  }
  return String(value);
}

/** A value of the state (JSON, as the page sends it) as the grid's cells hold values of its column. */
function shownValue(value: CellValue, column: GridColumn): unknown {
  if (value === null) return null;
  const kind = cellKind(column.arrowType);
  if ((kind === "datetime" || kind === "date") && typeof value === "string") return new Date(value);
  if (kind === "bigint" && (typeof value === "string" || typeof value === "number")) return BigInt(value);
  return value;
}

/** The columns with the edits over the data: rows past the data's are the added rows. */
export function editedColumns(columns: GridColumn[], rows: number, state: EditingState): GridColumn[] {
  return columns.map((column) => {
    if (column.name === "") return column;
    const key = column.name;
    const base = column.value;
    const value = (row: number): unknown => {
      if (row >= rows) {
        const added = state.addedRows[row - rows];
        const cell = added?.[key];
        return cell === undefined ? shownValue((column.config.default ?? null) as CellValue, column) : shownValue(cell, column);
      }
      const edits = state.editedRows[row];
      return edits !== undefined && key in edits ? shownValue(edits[key]!, column) : base(row);
    };
    return { ...column, value };
  });
}

/** The state with one cell set: of the data's row, or of an added row past them. */
export function withCell(state: EditingState, rows: number, row: number, name: string, value: CellValue): EditingState {
  if (row >= rows) {
    return { ...state, addedRows: state.addedRows.map((added, i) => (i === row - rows ? { ...added, [name]: value } : added)) };
  }
  return { ...state, editedRows: { ...state.editedRows, [row]: { ...state.editedRows[row], [name]: value } } };
}

/** The state with an empty row added: its cells show their columns' defaults until edited. */
export function withRow(state: EditingState): EditingState {
  return { ...state, addedRows: [...state.addedRows, {}] };
}

/** The state without these rows: the data's are deleted, the added ones taken out. */
export function withoutRows(state: EditingState, rows: number, gone: readonly number[]): EditingState {
  const deletedRows = [...new Set([...state.deletedRows, ...gone.filter((row) => row < rows)])].sort((a, b) => a - b);
  const addedRows = state.addedRows.filter((_, i) => !gone.includes(rows + i));
  return { ...state, deletedRows, addedRows };
}

/** A required column of an editor: an added row needs a value in it, its own or the default. */
export interface Required {
  name: string;
  fallback: CellValue;
}

/** The required columns, from the column config (`_index` is the index's). */
export function requiredColumns(names: readonly string[], index: readonly string[], config: Record<string, { required?: boolean; disabled?: boolean; default?: CellValue }> | undefined): Required[] {
  return names.flatMap((name) => {
    const own = config?.[index.includes(name) ? "_index" : name];
    return own?.required === true && own.disabled !== true ? [{ name, fallback: own.default ?? null }] : [];
  });
}

/** Whether every added row has a value in each required column: the page sends the state only then. */
export function complete(state: EditingState, required: readonly Required[]): boolean {
  return state.addedRows.every((added) => required.every((column) => (added[column.name] ?? column.fallback) !== null));
}
