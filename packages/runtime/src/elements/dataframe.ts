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
import { invalidOption } from "../errors/invalidOption.ts";
import { dataRef, type DataReader } from "../wire/dataRef.ts";
import { defineElement } from "./define.ts";
import { checkWidth, type Width } from "./fields.ts";
import { dataValue, type DataValue } from "../api/data/dataValue.ts";

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

export function dataframe(this: unknown, data?: DataInput, options: DataframeOptions = {}): Container {
  if (typeof options !== "object" || options === null) throw invalidOption("dataframe", "options", "an object of options", options);
  const fields = dataFields("dataframe", options);
  const written = writeData("dataframe", data, checkColumns("dataframe", options.columns));
  return writeElement(containerOf(this), "dataframe", { kind: "dataframe", data: written.data, rows: written.rows, index: written.index, ...fields });
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
  rowHeight: v.optional(v.pipe(v.number(), v.integer(), v.minValue(10))),
  placeholder: v.optional(v.string()),
};

export const node = v.object({ kind: v.literal("dataframe"), ...dataNodeFields });

export default defineElement({
  kind: "dataframe",
  node,
  api: { dataframe },
  section: "Data",
  testing: {
    value: (shown: v.InferOutput<typeof node>, data: DataReader): DataValue => dataValue(shown.data, data),
  },
  docs: [
    {
      calls: ["st.dataframe(data, { width, height, hideIndex, columnOrder, columnConfig, rowHeight, placeholder, columns })"],
      streamlit: ["st.dataframe"],
      notes: "arrays of objects or rows, objects of columns, Maps, Sets, Arrow tables; sent as Arrow IPC; `at.dataframe[0].value` has `.table` (Arrow) and `.rows`",
      example:
        'st.dataframe([{ city: "Oslo", temp: 4.5, link: "https://oslo.no" }, { city: "Lima", temp: 19.25, link: "https://lima.pe" }], {\n  columnConfig: { temp: st.columnConfig.NumberColumn("Temperature", { format: "%.1f °C" }), link: st.columnConfig.LinkColumn("Site") },\n});',
    },
  ],
});
