// st.data_editor: a dataframe whose cells the user edits, each column with the editor of its
// type (text, number, checkbox, selectbox, date), and with `numRows: "dynamic"` rows added and
// deleted. The widget's value is what the user changed (api/data/editingState.ts); the call
// returns the data given with it applied, in the shape it was given (api/data/applyEdits.ts).
// Its identity includes the data, as Streamlit's: other data is another editor, without edits.

import * as v from "valibot";
import type { Table } from "apache-arrow";
import { containerOf } from "../api/container.ts";
import { applyEdits } from "../api/data/applyEdits.ts";
import type { ColumnConfig, ColumnKind } from "../api/data/columnConfig.ts";
import { dataValue, type DataValue } from "../api/data/dataValue.ts";
import { cellKind, editingProblem, editingStateValue, EMPTY_EDITS, type CellKind, type CellValue, type EditColumn, type EditingState } from "../api/data/editingState.ts";
import type { DataInput } from "../api/data/toArrow.ts";
import { writeData, type WrittenData } from "../api/data/writeData.ts";
import { widget, type WidgetKindInfo } from "../api/widgets/widget.ts";
import { invalidOption } from "../errors/invalidOption.ts";
import { RivuletAPIError } from "../errors/RivuletAPIError.ts";
import type { DataReader } from "../wire/dataRef.ts";
import { dataFields, dataNodeFields, type DataframeOptions } from "./dataframe.ts";
import { defineElement } from "./define.ts";

export type { EditingState } from "../api/data/editingState.ts";

const kind = { kind: "dataEditor", widget: { model: "value", value: editingStateValue, settable: false } } as const satisfies WidgetKindInfo;

export interface DataEditorOptions extends DataframeOptions {
  /** "fixed" (the default): the rows given; "dynamic": the user adds and deletes rows too. */
  numRows?: "fixed" | "dynamic";
  /** true: nothing can be edited; or the names of the columns that cannot be. */
  disabled?: boolean | readonly string[];
  key?: string | number;
  /** Called when the user edits, before the rerun (a callback). */
  onChange?: (...args: never[]) => unknown;
  args?: readonly unknown[];
}

/** What st.dataEditor returns: the data in the shape it was given; anything with `toArrow()` comes back as an Arrow table. */
export type EditedData<T> = T extends Table ? Table : T extends { toArrow(): unknown } ? Table : T;

/** The column types whose cells are shown, not edited (Streamlit's read-only column types). */
const READ_ONLY: readonly ColumnKind[] = ["image", "progress", "lineChart", "barChart", "areaChart", "list", "json"];

/** Which configured column types edit which kinds of value (Streamlit's `is_type_compatible`). */
const EDITS: Record<CellKind, readonly ColumnKind[]> = {
  text: ["text", "link", "selectbox", "time"],
  integer: ["number", "selectbox"],
  float: ["number", "selectbox"],
  bigint: ["number", "selectbox"],
  boolean: ["checkbox", "selectbox"],
  datetime: ["datetime", "date", "time"],
  date: ["datetime", "date", "time"],
};

/**
 * st.data_editor: the data with the user's edits, in the shape it was given (an array of objects,
 * of rows, an object of columns, a Map, an Arrow table, ...). `st.sessionState[key]` holds the
 * edits themselves: `{ editedRows, addedRows, deletedRows }`.
 */
export function dataEditor<T extends DataInput>(this: unknown, data: T, options: DataEditorOptions = {}): EditedData<T> {
  if (typeof options !== "object" || options === null) throw invalidOption("dataEditor", "options", "an object of options", options);
  const fields = dataFields("dataEditor", options);
  const numRows = options.numRows ?? "fixed";
  if (numRows !== "fixed" && numRows !== "dynamic") throw invalidOption("dataEditor", "numRows", '"fixed" or "dynamic"', numRows);
  const disabled = options.disabled ?? false;
  if (typeof disabled !== "boolean" && !(Array.isArray(disabled) && disabled.every((name) => typeof name === "string"))) {
    throw invalidOption("dataEditor", "disabled", "true, false or an array of column names", disabled);
  }
  if (options.onChange !== undefined && typeof options.onChange !== "function") throw invalidOption("dataEditor", "onChange", "a function", options.onChange);
  const columnsOption = options.columns === undefined ? undefined : [...options.columns];
  const written = writeData("dataEditor", data, columnsOption);
  checkColumnNames(written);
  const typed = typedColumns(data, written);
  const columnConfig = editorConfig(written, fields.columnConfig, disabled, typed);
  const columns = editColumns(written.columns, written.types, columnConfig, disabled === true, typed);
  const node = { ...fields, ...(Object.keys(columnConfig).length > 0 ? { columnConfig } : {}) };
  const state = widget<EditingState>(containerOf(this), kind, {
    api: "dataEditor",
    label: "",
    key: options.key,
    params: [written.data.$data, fields.width ?? null, fields.height ?? null, fields.columnOrder ?? null, columnConfig, numRows],
    initial: EMPTY_EDITS,
    callback: options.onChange,
    args: options.args,
    reject: (value) => editingProblem(value as unknown as EditingState, columns, written.rows, numRows === "dynamic"),
    node: (id, value) => ({
      kind: "dataEditor",
      ...node,
      data: written.data,
      rows: written.rows,
      index: written.index,
      id,
      label: "",
      disabled: disabled === true,
      ...(options.key !== undefined ? { key: String(options.key) } : {}),
      numRows,
      value,
    }),
  });
  return applyEdits(data, written.shape, columns, state) as EditedData<T>;
}

/** Streamlit refuses a column named `_index` (the index's name in its config) in data that has an index of its own. */
function checkColumnNames(written: WrittenData): void {
  if (written.index.length === 0 && written.columns.includes("_index")) {
    throw new RivuletAPIError("invalid_option", {
      api: "dataEditor",
      option: "data",
      expected: 'no column named "_index": the name is the index\'s, in columnConfig',
      got: "a column named \"_index\"",
    });
  }
}

/** The columns of the data that are typed arrays: what they take is a number, never null (a Float64Array takes NaN). */
function typedColumns(data: unknown, written: WrittenData): Set<string> {
  if (written.shape === "values") return ArrayBuffer.isView(data) ? new Set(["value"]) : new Set();
  if (written.shape !== "columns") return new Set();
  return new Set(Object.entries(data as Record<string, unknown>).filter(([, column]) => ArrayBuffer.isView(column)).map(([name]) => name));
}

/**
 * The column config the page gets, with what the editor adds to the user's (as Streamlit adds
 * it): `disabled` on the columns the user cannot edit (the `disabled` list, values made text,
 * types no editor takes), `required` on a key-value object's keys and on integer typed arrays.
 */
function editorConfig(written: WrittenData, given: Record<string, ColumnConfig> | undefined, disabled: boolean | readonly string[], typed: Set<string>): Record<string, ColumnConfig> {
  const config: Record<string, ColumnConfig> = { ...given };
  const add = (name: string, extra: ColumnConfig) => (config[name] = { ...config[name], ...extra });
  written.columns.forEach((name, i) => {
    const type = written.types[i]!;
    const key = written.index.includes(name) ? "_index" : name;
    const own = config[key];
    const cells = cellKind(type);
    const listed = Array.isArray(disabled) && disabled.includes(name);
    if (listed || cells === null || written.converted.includes(name) || (own?.type !== undefined && READ_ONLY.includes(own.type.kind))) {
      if (own?.disabled !== true) add(key, { disabled: true });
      return;
    }
    if (own?.disabled !== true && own?.type !== undefined && !EDITS[cells].includes(own.type.kind)) {
      throw invalidOption("dataEditor", `columnConfig.${key}`, `a column type that edits ${type} values (${EDITS[cells].join(", ")}), or disabled: true`, own.type.kind);
    }
    if ((written.index.includes(name) || (typed.has(name) && cells !== "float")) && own?.required !== true) add(key, { required: true });
  });
  return config;
}

/** How each column's edits are checked and applied: its kind of value (null: not editable) and its config. */
export function editColumns(
  names: readonly string[],
  types: readonly string[],
  config: Record<string, ColumnConfig> | undefined,
  allDisabled: boolean,
  typed: ReadonlySet<string> = new Set(),
): EditColumn[] {
  return names.map((name, i) => {
    const own = config?.[name];
    return { name, kind: allDisabled || own?.disabled === true ? null : cellKind(types[i]!), typed: typed.has(name), required: own?.required === true, config: own };
  });
}

/** A value of the script's (a Date, a bigint) as the page sends it. */
function cellOf(value: unknown): CellValue {
  if (value === undefined || value === null) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "bigint") return value.toString();
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  throw new TypeError(`a cell takes text, a number, true or false, a Date or null (got ${typeof value})`);
}

// Rows are not added to an editor by the script (addRows): it has no `more`.
const { more: _more, ...dataFieldsOfEditor } = dataNodeFields;

export const node = v.object({
  kind: v.literal("dataEditor"),
  ...dataFieldsOfEditor,
  id: v.string(),
  label: v.literal(""),
  disabled: v.boolean(),
  key: v.optional(v.string()),
  numRows: v.picklist(["fixed", "dynamic"]),
  value: editingStateValue,
});
type Shown = v.InferOutput<typeof node>;

/** The columns of the node's data as its edits are applied (AppTest's view). */
function shownColumns(shown: Shown, data: DataReader): EditColumn[] {
  const table = data(shown.data);
  const fieldsOf = table.schema.fields;
  const config: Record<string, ColumnConfig> = {};
  for (const field of fieldsOf) {
    const own = shown.columnConfig?.[shown.index.includes(field.name) ? "_index" : field.name];
    if (own !== undefined) config[field.name] = own;
  }
  return editColumns(fieldsOf.map((f) => f.name), fieldsOf.map((f) => String(f.type)), config, shown.disabled);
}

export default defineElement({
  // The kind and widget model `widget()` is given: written once.
  ...kind,
  node,
  api: { dataEditor },
  writesData: true,
  section: "Data",
  testing: {
    value: (shown: Shown, data: DataReader): DataValue & { edited: Record<string, unknown>[]; editingState: EditingState } => {
      const given = dataValue([shown.data], data);
      const edited = applyEdits(given.rows, "records", shownColumns(shown, data), shown.value) as Record<string, unknown>[];
      return { ...given, edited, editingState: shown.value };
    },
    interactions: {
      /** Sets one cell, as typing in it does: `row` is a position in the data, or past its end an added row. */
      edit: (shown: Shown, row: number, column: string, value: unknown) => {
        const state = shown.value;
        const cell = cellOf(value);
        if (!Number.isInteger(row) || row < 0 || row >= shown.rows + state.addedRows.length) {
          throw new RangeError(`row ${row} is not a row of this editor (${shown.rows} rows, ${state.addedRows.length} added)`);
        }
        if (row >= shown.rows) {
          const addedRows = state.addedRows.map((added, i) => (i === row - shown.rows ? { ...added, [column]: cell } : added));
          return { value: { ...state, addedRows } };
        }
        return { value: { ...state, editedRows: { ...state.editedRows, [row]: { ...state.editedRows[row], [column]: cell } } } };
      },
      /** Adds a row at the end, as the page's "add row" does: the columns not given take their defaults. */
      addRow: (shown: Shown, values: Record<string, unknown> = {}) => ({
        value: { ...shown.value, addedRows: [...shown.value.addedRows, Object.fromEntries(Object.entries(values).map(([name, value]) => [name, cellOf(value)]))] },
      }),
      /** Deletes rows: positions in the data, or past its end added rows. */
      deleteRows: (shown: Shown, rows: number[]) => {
        const state = shown.value;
        const deletedRows = [...new Set([...state.deletedRows, ...rows.filter((row) => row < shown.rows)])].sort((a, b) => a - b);
        const addedRows = state.addedRows.filter((_, i) => !rows.includes(shown.rows + i));
        return { value: { ...state, deletedRows, addedRows } };
      },
    },
  },
  docs: [
    {
      calls: ["st.dataEditor(data, { numRows, disabled, width, height, hideIndex, columnOrder, columnConfig, rowHeight, placeholder, columns, key, onChange, args })"],
      streamlit: ["st.data_editor"],
      notes:
        'the data with the user\'s edits, in the shape it was given; `numRows: "dynamic"` adds and deletes rows; `st.sessionState[key]` holds `{ editedRows, addedRows, deletedRows }`; AppTest: `at.dataEditor[0].edit(row, column, value)`, `.addRow(values)`, `.deleteRows(rows)`',
      example:
        'const tasks = st.dataEditor([{ task: "Write", done: true }, { task: "Test", done: false }], { numRows: "dynamic" });\nst.write(`${tasks.filter((t) => t.done).length} of ${tasks.length} done`);',
    },
  ],
});
