// st.table: data as a static table, every row shown, cells as Markdown. Its data travels as a
// dataframe's does (Arrow IPC in a binary frame).

import * as v from "valibot";
import { containerOf, type Container } from "../api/container.ts";
import type { DataInput } from "../api/data/toArrow.ts";
import { writeData } from "../api/data/writeData.ts";
import { writeElement } from "../api/elements/writeElement.ts";
import { invalidOption } from "../errors/invalidOption.ts";
import { dataRef, type DataReader } from "../wire/dataRef.ts";
import { defineElement } from "./define.ts";
import { checkWidth, width, type Width } from "./fields.ts";
import { dataValue, type DataValue } from "../api/data/dataValue.ts";

export interface TableOptions {
  /** true (the default): borders around the table and its cells; false: none; "horizontal": between rows only. */
  border?: boolean | "horizontal";
  width?: Width;
  /** "content" (the default): every row; or pixels, and it scrolls. */
  height?: "content" | number;
  hideIndex?: boolean;
  hideHeader?: boolean;
  /** The names of the columns of data given as rows (arrays). */
  columns?: readonly string[];
}

export function table(this: unknown, data?: DataInput, options: TableOptions = {}): Container {
  if (typeof options !== "object" || options === null) throw invalidOption("table", "options", "an object of options", options);
  const { border = true, height = "content", hideIndex, hideHeader } = options;
  if (border !== true && border !== false && border !== "horizontal") throw invalidOption("table", "border", 'true, false or "horizontal"', border);
  if (height !== "content" && !(Number.isInteger(height) && height > 0)) throw invalidOption("table", "height", '"content" or a number of pixels', height);
  for (const [name, flag] of [["hideIndex", hideIndex], ["hideHeader", hideHeader]] as const) {
    if (flag !== undefined && typeof flag !== "boolean") throw invalidOption("table", name, "true or false", flag);
  }
  const columns = options.columns;
  if (columns !== undefined && (!Array.isArray(columns) || !columns.every((name) => typeof name === "string"))) throw invalidOption("table", "columns", "an array of column names", columns);
  const written = writeData("table", data, columns);
  return writeElement(containerOf(this), "table", {
    kind: "table",
    data: written.data,
    rows: written.rows,
    index: written.index,
    ...(border !== true ? { border } : {}),
    ...(options.width !== undefined ? { width: checkWidth("table", options.width, "stretch") } : {}),
    ...(typeof height === "number" ? { height } : {}),
    ...(typeof hideIndex === "boolean" ? { hideIndex } : {}),
    ...(hideHeader === true ? { hideHeader: true as const } : {}),
  });
}

export const node = v.object({
  kind: v.literal("table"),
  data: dataRef,
  rows: v.pipe(v.number(), v.integer(), v.minValue(0)),
  index: v.array(v.string()),
  /** Rows added after the data (addRows), each a table of its own. */
  more: v.optional(v.array(dataRef)),
  /** Absent: borders everywhere. */
  border: v.optional(v.union([v.literal(false), v.literal("horizontal")])),
  width,
  height: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  hideIndex: v.optional(v.boolean()),
  hideHeader: v.optional(v.literal(true)),
});

export default defineElement({
  kind: "table",
  node,
  api: { table },
  writesData: true,
  section: "Data",
  testing: {
    value: (shown: v.InferOutput<typeof node>, data: DataReader): DataValue => dataValue([shown.data, ...(shown.more ?? [])], data),
  },
  docs: [
    {
      calls: ["st.table(data, { border, width, height, hideIndex, hideHeader, columns })"],
      streamlit: ["st.table"],
      notes: "every row, cells as Markdown; takes what st.dataframe takes",
      example: 'st.table({ Planet: ["Mercury", "Venus"], "Moons": [0, 0], Notes: ["**closest**", "*hottest*"] });',
    },
  ],
});
