// A data editor's edits applied to the data the script gave, in the shape it gave it (Streamlit's
// `_apply_dataframe_edits`, then `convert_pandas_df_to_data_format`): cells first, then the
// deleted rows, then the added rows at the end. An array of objects comes back as one, an object
// of columns as one (a typed array as the same typed array), a Map as a Map, an Arrow table as a
// new Arrow table (editTable.ts, installed by the data support, ../../data.ts: apache-arrow
// stays out of the page's chunk, which imports the element files).

import type { DataShape } from "./toArrow.ts";
import { NO_DATA_SUPPORT } from "./writeData.ts";
import { addedValue, dateOf, type CellValue, type EditColumn, type EditingState } from "./editingState.ts";

/** An Arrow table with the edits applied: a new table of the same schema. */
export type TableEditor = (table: unknown, columns: readonly EditColumn[], state: EditingState) => unknown;

let tableEditor: TableEditor | null = null;

export function useTableEditor(edit: TableEditor): void {
  tableEditor = edit;
}

/** The column a key-value object's keys are in (toArrow.ts's INDEX_COLUMN). */
const KEYS = "_index";

export function hasEdits(state: EditingState): boolean {
  return Object.keys(state.editedRows).length > 0 || state.addedRows.length > 0 || state.deletedRows.length > 0;
}

/**
 * The data with the edits applied; the data itself when nothing was edited (anything with
 * `toArrow()` as its Arrow table).
 */
export function applyEdits(data: unknown, shape: DataShape, columns: readonly EditColumn[], state: EditingState): unknown {
  if (shape === "arrow") {
    const table = typeof (data as { toArrow?: unknown }).toArrow === "function" ? (data as { toArrow(): unknown }).toArrow() : data;
    if (!hasEdits(state)) return table;
    if (tableEditor === null) throw new Error(`st.dataEditor: ${NO_DATA_SUPPORT}`);
    return tableEditor(table, columns, state);
  }
  if (!hasEdits(state)) return data;
  switch (shape) {
    case "empty":
      return data;
    case "records":
      return editRecords(data as readonly (Record<string, unknown> | null)[], columns, state);
    case "rows":
      return editRows(data as readonly (readonly unknown[] | null)[], columns, state);
    case "columns":
      return editColumnsOf(data as Record<string, ArrayLike<unknown>>, columns, state);
    case "values":
    case "set": {
      const list = data instanceof Set ? [...data] : ArrayBuffer.isView(data) ? (data as unknown as ArrayLike<unknown>) : (data as readonly unknown[]);
      const edited = editList(list, column(columns, "value"), state, "value");
      return data instanceof Set ? new Set(edited) : ArrayBuffer.isView(data) ? typedLike(data as unknown as ArrayLike<number>, edited) : edited;
    }
    case "keyValue":
    case "map":
      return editKeyValue(data, columns, state);
  }
}

/** A value the page sent, as the script's data holds values of its column (a Date, a bigint, NaN in a Float64Array). */
export function parseCell(value: CellValue, column: EditColumn): unknown {
  if (value === null) return column.typed && column.kind === "float" ? Number.NaN : null;
  switch (column.kind) {
    case "text":
      return String(value);
    case "integer":
    case "float":
      return Number(value);
    case "bigint":
      return BigInt(typeof value === "boolean" ? Number(value) : value);
    case "boolean":
      return Boolean(value);
    case "datetime":
    case "date":
      return dateOf(value);
    case null:
      return value;
  }
}

function column(columns: readonly EditColumn[], name: string): EditColumn {
  const found = columns.find((c) => c.name === name);
  if (found === undefined) throw new Error(`st.dataEditor: no column ${JSON.stringify(name)}`);
  return found;
}

/** The positions kept: every row but the deleted ones. */
function kept<T>(rows: readonly T[], deleted: readonly number[]): T[] {
  if (deleted.length === 0) return [...rows];
  const gone = new Set(deleted);
  return rows.filter((_, i) => !gone.has(i));
}

function editRecords(data: readonly (Record<string, unknown> | null)[], columns: readonly EditColumn[], state: EditingState): (Record<string, unknown> | null)[] {
  const rows = data.map((row, i) => {
    const edits = state.editedRows[i];
    if (edits === undefined) return row;
    const copy: Record<string, unknown> = { ...row };
    for (const [name, value] of Object.entries(edits)) copy[name] = parseCell(value, column(columns, name));
    return copy;
  });
  const out = kept(rows, state.deletedRows);
  for (const added of state.addedRows) out.push(Object.fromEntries(columns.map((c) => [c.name, parseCell(addedValue(added, c), c)])));
  return out;
}

function editRows(data: readonly (readonly unknown[] | null)[], columns: readonly EditColumn[], state: EditingState): (unknown[] | null)[] {
  const position = new Map(columns.map((c, i) => [c.name, i]));
  const rows = data.map((row, i) => {
    const edits = state.editedRows[i];
    if (edits === undefined) return row === null ? null : [...row];
    const copy = [...(row ?? [])];
    for (const [name, value] of Object.entries(edits)) copy[position.get(name)!] = parseCell(value, column(columns, name));
    return copy;
  });
  const out = kept(rows, state.deletedRows);
  for (const added of state.addedRows) out.push(columns.map((c) => parseCell(addedValue(added, c), c)));
  return out;
}

/** One column's values with its edits, deletions and additions. */
function editList(values: ArrayLike<unknown>, column: EditColumn, state: EditingState, name: string): unknown[] {
  const list = Array.from(values);
  for (const [row, edits] of Object.entries(state.editedRows)) {
    if (name in edits) list[Number(row)] = parseCell(edits[name]!, column);
  }
  const out = kept(list, state.deletedRows);
  for (const added of state.addedRows) out.push(parseCell(addedValue(added, column), column));
  return out;
}

function editColumnsOf(data: Record<string, ArrayLike<unknown>>, columns: readonly EditColumn[], state: EditingState): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, values] of Object.entries(data)) {
    const edited = editList(values, column(columns, name), state, name);
    out[name] = ArrayBuffer.isView(values) ? typedLike(values as ArrayLike<number>, edited) : edited;
  }
  return out;
}

/** Values in a typed array of the same kind as `like` (a Float64Array stays one). */
function typedLike(like: ArrayLike<number>, values: unknown[]): ArrayLike<number> {
  const Typed = (like as unknown as { constructor: new (values: number[]) => ArrayLike<number> }).constructor;
  return new Typed(values.map((value) => Number(value)));
}

/**
 * A key-value object or a Map: its keys are the index (`_index`), its values the column
 * "value". An added row without a key is left out, as Streamlit leaves out a row added to data
 * whose index is not a range without an index value; a key given twice keeps the last value.
 */
function editKeyValue(data: unknown, columns: readonly EditColumn[], state: EditingState): unknown {
  const isMap = data instanceof Map;
  const entries: [unknown, unknown][] = isMap ? [...(data as Map<unknown, unknown>)] : Object.entries(data as Record<string, unknown>);
  const keyColumn = column(columns, KEYS);
  const valueColumn = column(columns, "value");
  const edited = entries.map(([key, value], i): [unknown, unknown] => {
    const edits = state.editedRows[i];
    if (edits === undefined) return [key, value];
    return [KEYS in edits ? parseCell(edits[KEYS]!, keyColumn) : key, "value" in edits ? parseCell(edits.value!, valueColumn) : value];
  });
  const out = kept(edited, state.deletedRows);
  for (const added of state.addedRows) {
    const key = addedValue(added, keyColumn);
    if (key !== null) out.push([parseCell(key, keyColumn), parseCell(addedValue(added, valueColumn), valueColumn)]);
  }
  return isMap ? new Map(out) : Object.fromEntries(out);
}
