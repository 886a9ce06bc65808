// st.dataframe: data as an interactive table. The data travels as Arrow IPC in a binary frame
// (api/data/writeData.ts); the node names it and says how to show it: which columns, in which
// order, and how each looks (column config). The page draws it in a grid that renders only the
// rows in view, so a million rows scroll as smoothly as ten.

import * as v from "valibot";
import { containerOf, type Container } from "../api/container.ts";
import { checkColumnConfigs, columnConfigs, type ColumnConfigInput } from "../api/data/columnConfig.ts";
import type { DataInput } from "../api/data/toArrow.ts";
import { writeData } from "../api/data/writeData.ts";
import { writeElement } from "../api/elements/writeElement.ts";
import { widget, type WidgetKindInfo } from "../api/widgets/widget.ts";
import { oneOf } from "../errors/invalidOption.ts";
import { invalidOption } from "../errors/invalidOption.ts";
import { dataRef, type DataReader } from "../wire/dataRef.ts";
import { defineElement } from "./define.ts";
import { checkWidth, type Width } from "./fields.ts";
import { dataValue, type DataValue } from "../api/data/dataValue.ts";

/** What a user can select (Streamlit's selection modes); several may be given together. */
export const SELECTION_MODES = ["single-row", "multi-row", "single-column", "multi-column", "single-cell", "multi-cell"] as const;
export type SelectionMode = (typeof SELECTION_MODES)[number];

/** What a dataframe with `onSelect` returns, and holds in `st.sessionState[key]`: Streamlit's DataframeState. */
export interface DataframeState {
  selection: {
    /** The selected rows, by position in the data (not as sorted on the page). */
    rows: number[];
    /** The selected columns, by name. */
    columns: string[];
    /** The selected cells: [row position, column name]. */
    cells: [number, string][];
  };
}

const index = v.pipe(v.number(), v.integer(), v.minValue(0));
const selectionValue = v.object({
  selection: v.object({ rows: v.array(index), columns: v.array(v.string()), cells: v.array(v.tuple([index, v.string()])) }),
});

const EMPTY_SELECTION: DataframeState = { selection: { rows: [], columns: [], cells: [] } };

const kind = { kind: "dataframe", widget: { model: "value", value: selectionValue, settable: false, whenOption: "onSelect" } } as const satisfies WidgetKindInfo;

export interface SelectOptions {
  key?: string | number;
  /** "rerun": a selection reruns the app and the call returns it; a function: it is called first (a callback). */
  onSelect: "rerun" | ((...args: never[]) => unknown);
  /** What can be selected: one mode or several ("multi-row" by default). */
  selectionMode?: SelectionMode | readonly SelectionMode[];
  args?: readonly unknown[];
}

export interface DataframeOptions {
  /** "stretch" (the default): the container's width; "content": the columns' own; or pixels. */
  width?: Width;
  /** "auto" (the default): up to ten rows, then it scrolls; or pixels. */
  height?: "auto" | number;
  /** Hide the index (true), or show one even for data without (false: the row numbers). */
  hideIndex?: boolean;
  /** The columns to show, in this order: the others are hidden. */
  columnOrder?: readonly string[];
  /** How each column shows, by name: `st.columnConfig.*`, a label, or null to hide it. `_index` is the index. */
  columnConfig?: Record<string, ColumnConfigInput>;
  /** The height of a row in pixels (35 by default). */
  rowHeight?: number;
  /** What a missing value shows ("None" by default, as in Streamlit). */
  placeholder?: string;
  /** The names of the columns of data given as rows (arrays). */
  columns?: readonly string[];
}

/**
 * st.dataframe: a handle to the element; with `onSelect` (not "ignore"), a widget whose value is
 * what the user selected (Streamlit's DataframeState).
 */
export function dataframe(this: unknown, data: DataInput | undefined, options: DataframeOptions & SelectOptions): DataframeState;
export function dataframe(this: unknown, data?: DataInput, options?: DataframeOptions & { onSelect?: "ignore"; key?: string | number; selectionMode?: SelectionMode | readonly SelectionMode[] }): Container;
export function dataframe(
  this: unknown,
  data?: DataInput,
  options: DataframeOptions & { key?: string | number; onSelect?: SelectOptions["onSelect"] | "ignore"; selectionMode?: SelectionMode | readonly SelectionMode[]; args?: readonly unknown[] } = {},
): Container | DataframeState {
  if (typeof options !== "object" || options === null) throw invalidOption("dataframe", "options", "an object of options", options);
  const fields = dataFields("dataframe", options);
  const onSelect = options.onSelect ?? "ignore";
  if (onSelect !== "ignore" && onSelect !== "rerun" && typeof onSelect !== "function") throw invalidOption("dataframe", "onSelect", '"ignore", "rerun" or a function', onSelect);
  const modes = selectionModes(options.selectionMode);
  const written = writeData("dataframe", data, checkColumns("dataframe", options.columns));
  const base = { kind: "dataframe" as const, data: written.data, rows: written.rows, index: written.index, ...fields };
  if (onSelect === "ignore") return writeElement(containerOf(this), "dataframe", base);
  const columnNames = new Set(written.columns);
  return widget<DataframeState>(containerOf(this), kind, {
    api: "dataframe",
    label: "",
    key: options.key,
    params: [written.data.$data, modes, fields.columnOrder ?? null, fields.columnConfig ?? null, fields.hideIndex ?? null],
    initial: EMPTY_SELECTION,
    callback: typeof onSelect === "function" ? onSelect : undefined,
    args: options.args,
    reject: (value) => selectionProblem((value as unknown as DataframeState).selection, modes, written.rows, columnNames),
    node: (id, value) => ({ ...base, id, label: "", disabled: false, ...(options.key !== undefined ? { key: String(options.key) } : {}), selectionMode: modes, value }),
  });
}

function selectionModes(given: unknown): SelectionMode[] {
  const modes = given === undefined ? ["multi-row"] : typeof given === "string" ? [given] : Array.isArray(given) ? [...given] : null;
  if (modes === null || modes.length === 0 || !modes.every((mode) => (SELECTION_MODES as readonly unknown[]).includes(mode))) {
    throw invalidOption("dataframe", "selectionMode", `${oneOf(SELECTION_MODES)}, or an array of them`, given);
  }
  for (const what of ["row", "column", "cell"]) {
    if (modes.includes(`single-${what}`) && modes.includes(`multi-${what}`)) {
      throw invalidOption("dataframe", "selectionMode", `only one of "single-${what}" and "multi-${what}"`, given);
    }
  }
  return [...new Set(modes as SelectionMode[])];
}

/** Why a selection from the page does not fit the dataframe, or null. */
function selectionProblem(selection: DataframeState["selection"], modes: SelectionMode[], rows: number, columns: Set<string>): string | null {
  const parts = [
    ["rows", selection.rows, "row"],
    ["columns", selection.columns, "column"],
    ["cells", selection.cells, "cell"],
  ] as const;
  for (const [name, list, what] of parts) {
    if (list.length === 0) continue;
    if (!modes.includes(`single-${what}`) && !modes.includes(`multi-${what}`)) return `its selectionMode selects no ${name}`;
    if (list.length > 1 && modes.includes(`single-${what}`)) return `only one of its ${name} can be selected`;
  }
  if (selection.rows.some((row) => row >= rows) || selection.cells.some(([row]) => row >= rows)) return `it has ${rows} rows`;
  const unknown = [...selection.columns, ...selection.cells.map(([, column]) => column)].find((column) => !columns.has(column));
  return unknown === undefined ? null : `it has no column ${JSON.stringify(unknown)}`;
}

/** The options st.dataframe and st.dataEditor share, as their node holds them. */
export function dataFields(api: string, options: DataframeOptions) {
  const { height, hideIndex, rowHeight, placeholder } = options;
  if (height !== undefined && height !== "auto" && !(Number.isInteger(height) && height > 0)) throw invalidOption(api, "height", '"auto" or a number of pixels', height);
  if (hideIndex !== undefined && hideIndex !== null && typeof hideIndex !== "boolean") throw invalidOption(api, "hideIndex", "true or false", hideIndex);
  if (rowHeight !== undefined && !(Number.isInteger(rowHeight) && rowHeight >= 10)) throw invalidOption(api, "rowHeight", "whole pixels, at least 10", rowHeight);
  if (placeholder !== undefined && typeof placeholder !== "string") throw invalidOption(api, "placeholder", "a string", placeholder);
  const columnOrder = checkColumns(api, options.columnOrder, "columnOrder");
  const columnConfig = checkColumnConfigs(api, options.columnConfig);
  return {
    ...(options.width !== undefined ? { width: checkWidth(api, options.width, "stretch") } : {}),
    ...(typeof height === "number" ? { height } : {}),
    ...(typeof hideIndex === "boolean" ? { hideIndex } : {}),
    ...(columnOrder !== undefined ? { columnOrder } : {}),
    ...(columnConfig !== undefined ? { columnConfig } : {}),
    ...(rowHeight !== undefined ? { rowHeight } : {}),
    ...(placeholder !== undefined ? { placeholder } : {}),
  };
}

function checkColumns(api: string, columns: unknown, option = "columns"): string[] | undefined {
  if (columns === undefined || columns === null) return undefined;
  if (!Array.isArray(columns) || !columns.every((name) => typeof name === "string")) throw invalidOption(api, option, "an array of column names", columns);
  return [...columns];
}

/** The fields of a node that shows a dataframe (st.dataframe's and st.dataEditor's). */
export const dataNodeFields = {
  /** The Arrow IPC of the data. */
  data: dataRef,
  rows: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** The columns of the data that are its index (a key-value object's keys): shown first. */
  index: v.array(v.string()),
  width: v.optional(v.union([v.picklist(["content", "stretch"]), v.pipe(v.number(), v.integer(), v.minValue(1))])),
  /** Absent: up to ten rows. */
  height: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  /** true: the index is hidden; false: shown, as row numbers when the data has none. Absent: the index shows, row numbers do not. */
  hideIndex: v.optional(v.boolean()),
  columnOrder: v.optional(v.array(v.string())),
  columnConfig: v.optional(columnConfigs),
  /** Rows added after the data (addRows), each a table of its own. */
  more: v.optional(v.array(dataRef)),
  rowHeight: v.optional(v.pipe(v.number(), v.integer(), v.minValue(10))),
  placeholder: v.optional(v.string()),
};

export const node = v.object({
  kind: v.literal("dataframe"),
  ...dataNodeFields,
  // A dataframe with `onSelect` is a widget: these fields are there only then.
  id: v.optional(v.string()),
  label: v.optional(v.literal("")),
  disabled: v.optional(v.boolean()),
  key: v.optional(v.string()),
  selectionMode: v.optional(v.array(v.picklist(SELECTION_MODES))),
  value: v.optional(selectionValue),
});

export default defineElement({
  // The kind and widget model `widget()` is given: written once.
  ...kind,
  node,
  api: { dataframe },
  writesData: true,
  section: "Data",
  testing: {
    value: (shown: v.InferOutput<typeof node>, data: DataReader): DataValue & { selection: DataframeState["selection"] | null } => ({
      ...dataValue([shown.data, ...(shown.more ?? [])], data),
      selection: shown.value?.selection ?? null,
    }),
    interactions: {
      /** Selects these rows (positions in the data), as a click of their checkboxes does. */
      selectRows: (shown: v.InferOutput<typeof node>, rows: number[]) => ({ value: { selection: { ...(shown.value ?? EMPTY_SELECTION).selection, rows } } }),
      /** Selects these columns, by name. */
      selectColumns: (shown: v.InferOutput<typeof node>, columns: string[]) => ({ value: { selection: { ...(shown.value ?? EMPTY_SELECTION).selection, columns } } }),
      /** Selects these cells: [row position, column name]. */
      selectCells: (shown: v.InferOutput<typeof node>, cells: [number, string][]) => ({ value: { selection: { ...(shown.value ?? EMPTY_SELECTION).selection, cells } } }),
    },
  },
  docs: [
    {
      calls: ["st.dataframe(data, { width, height, hideIndex, columnOrder, columnConfig, rowHeight, placeholder, columns, key, onSelect, selectionMode, args })"],
      streamlit: ["st.dataframe"],
      notes:
        "arrays of objects or rows, objects of columns, Maps, Sets, Arrow tables; sent as Arrow IPC; with `onSelect` it returns `{ selection: { rows, columns, cells } }`; `at.dataframe[0].value` has `.table` (Arrow) and `.rows`, `.selection` the selection",
      example:
        'st.dataframe([{ city: "Oslo", temp: 4.5, link: "https://oslo.no" }, { city: "Lima", temp: 19.25, link: "https://lima.pe" }], {\n  columnConfig: { temp: st.columnConfig.NumberColumn("Temperature", { format: "%.1f °C" }), link: st.columnConfig.LinkColumn("Site") },\n});',
    },
  ],
});
