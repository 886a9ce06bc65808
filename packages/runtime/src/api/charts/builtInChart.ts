// The Vega-Lite spec of a built-in chart (st.lineChart, areaChart, barChart, scatterChart), as
// Streamlit builds it in Python (built_in_chart_utils.py): x from a column or the index, y from
// one column or several (wide data folded into long, one series per column, as Streamlit melts
// it), colour and size from a column or a value, tooltips, and zoom and pan (Altair's
// `.interactive()`). The data stays as it was given: the spec folds it on the page.

import { cssColor } from "./cssColor.ts";
import { invalidOption } from "../../errors/invalidOption.ts";
import type { Json } from "../../wire/protocol.ts";
import type { WrittenData } from "../data/writeData.ts";

export type ChartKind = "line" | "area" | "bar" | "scatter";
export type Stack = boolean | "normalize" | "center" | "layered";
/** A colour: a hex string ("#ffaa00", "#ffaa0088"), or [r, g, b] / [r, g, b, a] (0–255 or 0–1). */
export type Color = string | readonly [number, number, number] | readonly [number, number, number, number];

export interface ChartOptions {
  /** The column for the x axis; the index (row numbers) when absent. */
  x?: string;
  /** The column or columns for the y axis; every other column when absent. */
  y?: string | readonly string[];
  xLabel?: string;
  yLabel?: string;
  /** A column (its values group series, or are colours), one colour, or a colour per y column. */
  color?: string | Color | readonly Color[];
}

export interface ChartFlags {
  stack?: Stack;
  horizontal?: boolean;
  /** Bars: true (by x), false (as given), or a column to sort by ("-column": descending). */
  sort?: boolean | string;
  /** Scatter: a column, or a size for every point (100). */
  size?: string | number;
}

// Names that no user's column has, as Streamlit's, so folding never collides with the data.
const SUFFIX = "--p5bJXXpQgvPz6yvQMFiy";
const INDEX = `index${SUFFIX}`;
const VALUE = `value${SUFFIX}`;
const SERIES = `color${SUFFIX}`;
const MARKS: Record<ChartKind, string> = { line: "line", area: "area", bar: "bar", scatter: "circle" };
const COLOR_LEGEND = { titlePadding: 5, offset: 5, orient: "bottom" };

/**
 * Past this many rows a line or area chart is drawn from a selection of its points (LTTB, on the
 * page: ui/src/charts/decimate.ts), about two per pixel of its width: the line looks the same,
 * and Vega's work no longer grows with the data (100,000 points took ~1.3 s to draw).
 * Streamlit draws every point; st.vegaLiteChart still does.
 */
export const DECIMATE_ABOVE = 5000;

/** What the page needs to draw a line chart from a selection of its points: its x, its ys, its series. */
export interface Decimation {
  /** The x field; null: the row's position, which the page writes into `position` for every row. */
  x: string | null;
  /** Where the row's position goes when x is the index (the spec reads it from there). */
  position?: string;
  y: string[];
  /** A column whose values are series of their own (a colour column). */
  series?: string;
}

/** A field name as Vega-Lite reads it: dots and brackets in a column's name are escaped. */
const field = (name: string): string => name.replace(/[.[\]\\]/g, (c) => `\\${c}`);

export function builtInChartSpec(api: string, kind: ChartKind, data: WrittenData, options: ChartOptions & ChartFlags): { spec: { [key: string]: Json }; decimate?: Decimation } {
  const columns = data.columns;
  const has = (name: string) => columns.includes(name);
  const typeOf = (name: string): string => data.types[columns.indexOf(name)] ?? "Utf8";
  const missing = (option: string, name: unknown) =>
    invalidOption(api, option, `a column of the data (it has ${columns.map((c) => JSON.stringify(c)).join(", ") || "none"})`, name);

  const x = options.x;
  if (x !== undefined && (typeof x !== "string" || !has(x))) throw missing("x", x);
  const colorColumn = typeof options.color === "string" && has(options.color) ? options.color : undefined;
  const colorValue = options.color !== undefined && colorColumn === undefined ? options.color : undefined;
  const sizeColumn = typeof options.size === "string" ? options.size : undefined;
  if (sizeColumn !== undefined && !has(sizeColumn)) throw missing("size", sizeColumn);
  if (options.size !== undefined && kind !== "scatter") throw invalidOption(api, "size", "nothing: only st.scatterChart takes a size", options.size);
  const yGiven = options.y === undefined ? undefined : typeof options.y === "string" ? [options.y] : Array.isArray(options.y) ? [...options.y] : null;
  if (yGiven === null) throw invalidOption(api, "y", "a column name or an array of them", options.y);
  for (const name of yGiven ?? []) if (typeof name !== "string" || !has(name)) throw missing("y", name);
  // Every column but x (and the index, colour and size columns), as Streamlit takes them.
  const ys = yGiven ?? columns.filter((c) => c !== x && c !== colorColumn && c !== sizeColumn && !data.index.includes(c));

  const xField = x ?? (data.index[0] ?? INDEX);
  const folded = ys.length > 1;
  const yField = ys.length === 0 ? undefined : folded ? VALUE : ys[0]!;
  const seriesField = folded ? SERIES : colorColumn;

  const temporalOrNumber = (name: string) => /^(Float|Int|Uint|Timestamp|Date)/.test(typeOf(name));
  const decimate: Decimation | undefined =
    (kind === "line" || kind === "area") && data.rows > DECIMATE_ABOVE && ys.length > 0 && (x === undefined ? data.index.length === 0 : temporalOrNumber(x))
      ? { x: x ?? null, ...(x === undefined ? { position: INDEX } : {}), y: ys, ...(colorColumn !== undefined ? { series: colorColumn } : {}) }
      : undefined;
  const transform: Json[] = [];
  // Row numbers as x: counted on the page, unless the page writes them itself (a decimated chart's rows are not all there).
  if (x === undefined && data.index.length === 0 && decimate === undefined) {
    // The index of data without one: its row numbers, from 0.
    transform.push({ window: [{ op: "row_number", as: INDEX }] }, { calculate: `datum[${JSON.stringify(INDEX)}] - 1`, as: INDEX });
  }
  if (folded) transform.push({ fold: ys.map(field), as: [SERIES, VALUE] });

  const horizontal = kind === "bar" && options.horizontal === true;
  const temporal = (name: string) => /^(Timestamp|Date)/.test(typeOf(name));
  const vegaType = (name: string | undefined): string => {
    if (name === undefined || name === INDEX || name === VALUE) return "quantitative";
    if (name === SERIES) return "nominal";
    const type = typeOf(name);
    if (/^(Float|Int|Uint|Decimal)/.test(type)) return "quantitative";
    if (temporal(name)) return "temporal";
    return "nominal";
  };
  const integer = (name: string | undefined): boolean => name !== undefined && (name === INDEX || /^(Int|Uint)/.test(typeOf(name)));
  const axis = (name: string | undefined, grid: boolean): Json => (integer(name) ? { tickMinStep: 1, grid } : { grid });

  // Streamlit titles an axis only when the user named its column, or gave a label.
  const xEncoding: { [key: string]: Json } = {
    field: field(xField),
    title: options.xLabel ?? (x !== undefined ? x : ""),
    // Bars stand on a discrete axis, unless it is dates.
    type: kind === "bar" && !temporal(xField) ? "ordinal" : vegaType(xField),
    scale: {},
    axis: axis(xField, horizontal),
  };
  const yEncoding: { [key: string]: Json } = {
    field: yField === undefined ? `DOES_NOT_EXIST${SUFFIX}` : field(yField),
    title: options.yLabel ?? (yGiven !== undefined && !folded ? yGiven[0]! : ""),
    type: vegaType(yField),
    scale: {},
    axis: axis(yField, !horizontal),
  };
  if (kind === "bar") {
    const sort = options.sort ?? true;
    if (typeof sort === "string") {
      const by = sort.startsWith("-") ? sort.slice(1) : sort;
      if (!has(by)) throw missing("sort", sort);
      xEncoding.sort = { field: field(by), order: sort.startsWith("-") ? "descending" : "ascending" };
    } else if (sort === false) xEncoding.sort = null;
  }
  // Horizontal bars swap the axes: the values along x (with its grid), the categories down y.
  const [xEnc, yEnc] = horizontal
    ? [{ ...yEncoding, axis: axis(yField, true) }, { ...xEncoding, axis: axis(xField, false) }]
    : [xEncoding, yEncoding];
  if (options.stack !== undefined && (kind === "bar" || kind === "area")) {
    const stack = options.stack;
    if (![true, false, "normalize", "center", "layered"].includes(stack as never)) {
      throw invalidOption(api, "stack", 'true, false, "normalize", "center" or "layered"', stack);
    }
    // Streamlit's "layered" is Vega-Lite's stack: false (bars drawn over each other).
    (horizontal ? xEnc : yEnc).stack = stack === "layered" ? false : stack;
  }

  const encoding: { [key: string]: Json } = { x: xEnc, y: yEnc };
  const color = colorEncoding(api, colorValue, seriesField, ys, vegaType);
  if (color !== null) encoding.color = color;
  if (kind === "bar" && options.stack === false && seriesField !== undefined) encoding[horizontal ? "yOffset" : "xOffset"] = { field: field(seriesField) };
  if (seriesField !== undefined && (kind === "area" || (kind === "bar" && options.stack === "layered"))) encoding.opacity = { value: 0.7 };
  if (kind === "scatter") {
    const size = options.size;
    if (sizeColumn !== undefined) encoding.size = { field: field(sizeColumn), legend: { titlePadding: 0.5, offset: 5, orient: "bottom" } };
    else if (size === undefined || typeof size === "number") encoding.size = { value: size ?? 100 };
    else throw invalidOption(api, "size", "a column name or a number", size);
  }
  if (yField !== undefined) {
    const tooltip: Json[] = [
      xField === INDEX ? { field: field(xField), title: "index", type: "quantitative" } : { field: field(xField), type: vegaType(xField) },
      yField === VALUE ? { field: VALUE, title: "value", type: "quantitative" } : { field: field(yField), type: vegaType(yField) },
    ];
    if (seriesField !== undefined && !(color !== null && typeof color === "object" && !Array.isArray(color) && color.legend === null)) {
      tooltip.push(seriesField === SERIES ? { field: SERIES, title: "color", type: "nominal" } : { field: field(seriesField), type: vegaType(seriesField) });
    }
    if (sizeColumn !== undefined) tooltip.push({ field: field(sizeColumn), type: vegaType(sizeColumn) });
    encoding.tooltip = tooltip;
  }
  const spec = {
    mark: { type: MARKS[kind] },
    data: { name: "source" },
    ...(transform.length > 0 ? { transform } : {}),
    encoding,
    // Zoom and pan, as Altair's `.interactive()`.
    params: [{ name: "zoom", select: "interval", bind: "scales" }],
  };
  return decimate === undefined ? { spec } : { spec, decimate };
}

function colorEncoding(
  api: string,
  value: ChartOptions["color"] | undefined,
  series: string | undefined,
  ys: string[],
  vegaType: (name: string | undefined) => string,
): Json | null {
  if (value !== undefined) {
    const one = cssColor(value);
    if (one !== null) {
      if (ys.length !== 1) throw invalidOption(api, "color", `a colour for each of the ${ys.length} y columns (${ys.map((y) => JSON.stringify(y)).join(", ")})`, value);
      return { value: one };
    }
    if (Array.isArray(value)) {
      const colors = value.map(cssColor);
      if (colors.some((c) => c === null)) throw invalidOption(api, "color", 'colours: hex strings ("#ffaa00") or [r, g, b] arrays', value);
      if (colors.length !== ys.length) throw invalidOption(api, "color", `as many colours as y columns (${ys.length})`, value);
      if (colors.length === 1) return { value: colors[0]! };
      return { field: series === undefined ? null : series, scale: { range: colors as string[] }, legend: COLOR_LEGEND, type: "nominal", title: " " };
    }
    throw invalidOption(api, "color", 'a column name, a colour ("#ffaa00" or [r, g, b]), or a colour per y column', value);
  }
  if (series === undefined) return null;
  if (series === SERIES) return { field: SERIES, legend: COLOR_LEGEND, type: "nominal", title: " " };
  return { field: field(series), legend: COLOR_LEGEND, type: vegaType(series) };
}

