// Charts drawn by Vega-Lite on the page: st.vegaLiteChart with a spec of the user's, and
// Streamlit's built-in charts (st.lineChart, areaChart, barChart, scatterChart), whose specs
// api/charts/builtInChart.ts builds as Streamlit does. Data never travels inside the spec: each
// dataset is Arrow IPC in a binary frame (as a dataframe's), which the spec names by name.

import * as v from "valibot";
import { containerOf, type Container } from "../api/container.ts";
import { builtInChartSpec, type ChartFlags, type ChartKind, type ChartOptions, type Stack } from "../api/charts/builtInChart.ts";
import type { DataInput } from "../api/data/toArrow.ts";
import { writeData } from "../api/data/writeData.ts";
import { isPlainObject } from "../api/data/plainObject.ts";
import { writeElement } from "../api/elements/writeElement.ts";
import { widget, type WidgetKindInfo } from "../api/widgets/widget.ts";
import { RivuletAPIError } from "../errors/RivuletAPIError.ts";
import { invalidOption, SIZE_CHOICES } from "../errors/invalidOption.ts";
import { dataRef, type DataRef } from "../wire/dataRef.ts";
import type { Json } from "../wire/protocol.ts";
import { toJson } from "../wire/toJson.ts";
import { defineElement } from "./define.ts";
import { checkWidth, width, type Width } from "./fields.ts";
import { jsonValue } from "./json.ts";

/** A Vega-Lite spec (https://vega.github.io/vega-lite/docs/spec.html), or what makes one (vega-lite-api's `toSpec()`). */
export type VegaLiteSpec = { [key: string]: unknown } | { toSpec(): unknown } | { toJSON(): unknown };

interface SizeOptions {
  /** "stretch" (the default): the container's width; "content": the spec's own; or pixels. */
  width?: Width;
  /** "content" (the default, 350 px for a continuous chart), "stretch", or pixels. */
  height?: "content" | "stretch" | number;
}

export interface VegaLiteChartOptions extends SizeOptions {
  /** "streamlit" (the default): Streamlit's fonts and colours; null: Vega-Lite's own. */
  theme?: "streamlit" | null;
  key?: string | number;
  /** The spec's selection parameters that select (all of them when absent). */
  selectionMode?: string | readonly string[];
  args?: readonly unknown[];
}

/**
 * What a chart with `onSelect` returns, and holds in `st.sessionState[key]`: Streamlit's
 * VegaLiteState, each selection parameter's value by name (a point selection's selected data
 * as a list of field values, an interval's `{ field: [min, max] }`; `{}` when nothing is).
 */
export interface VegaLiteState {
  selection: Record<string, Json>;
}

const selectionValue = v.object({ selection: v.record(v.string(), jsonValue) });

const kind = { kind: "vegaLiteChart", widget: { model: "value", value: selectionValue, settable: false, whenOption: "onSelect" } } as const satisfies WidgetKindInfo;

type OnSelect = "rerun" | ((...args: never[]) => unknown);

export type LineChartOptions = ChartOptions & SizeOptions;
export type AreaChartOptions = ChartOptions & SizeOptions & { stack?: Stack };
export type BarChartOptions = ChartOptions & SizeOptions & { stack?: Stack; horizontal?: boolean; sort?: boolean | string };
export type ScatterChartOptions = ChartOptions & SizeOptions & { size?: string | number };

export function lineChart(this: unknown, data?: DataInput, options: LineChartOptions = {}): Container {
  return builtIn(this, "lineChart", "line", data, options);
}

export function areaChart(this: unknown, data?: DataInput, options: AreaChartOptions = {}): Container {
  return builtIn(this, "areaChart", "area", data, options);
}

export function barChart(this: unknown, data?: DataInput, options: BarChartOptions = {}): Container {
  return builtIn(this, "barChart", "bar", data, options);
}

export function scatterChart(this: unknown, data?: DataInput, options: ScatterChartOptions = {}): Container {
  return builtIn(this, "scatterChart", "scatter", data, options);
}

function builtIn(target: unknown, api: string, kind: ChartKind, data: DataInput | undefined, options: ChartOptions & ChartFlags & SizeOptions): Container {
  if (typeof options !== "object" || options === null) throw invalidOption(api, "options", "an object of options", options);
  const size = sizeFields(api, options);
  const written = writeData(api, data);
  const { spec, decimate } = builtInChartSpec(api, kind, written, options);
  return writeElement(containerOf(target), api, { kind: "vegaLiteChart", spec, datasets: { source: written.data }, ...size, ...(decimate !== undefined ? { decimate } : {}) });
}

/**
 * st.vegaLiteChart(spec), or (data, spec): the data is the spec's main dataset. Data inside the
 * spec (`data.values`, `datasets`) is taken out of it and sent as Arrow too.
 */
export function vegaLiteChart(this: unknown, spec: VegaLiteSpec, options: VegaLiteChartOptions & { onSelect: OnSelect }): VegaLiteState;
export function vegaLiteChart(this: unknown, data: DataInput, spec: VegaLiteSpec, options: VegaLiteChartOptions & { onSelect: OnSelect }): VegaLiteState;
export function vegaLiteChart(this: unknown, spec: VegaLiteSpec, options?: VegaLiteChartOptions & { onSelect?: "ignore" }): Container;
export function vegaLiteChart(this: unknown, data: DataInput, spec: VegaLiteSpec, options?: VegaLiteChartOptions & { onSelect?: "ignore" }): Container;
export function vegaLiteChart(this: unknown, first: unknown, second?: unknown, third?: unknown): Container | VegaLiteState {
  // (data, spec, options) when the second argument is a spec; else (spec, options).
  const withData = second !== undefined && second !== null && (looksLikeSpec(second) || hasSpecMethod(second));
  const data = withData ? first : undefined;
  const spec = specOf(withData ? second : first);
  const options = (withData ? third : second) ?? {};
  if (spec === null) throw invalidOption("vegaLiteChart", "spec", "a Vega-Lite spec (an object), or something with toSpec() or toJSON()", withData ? second : first);
  if (typeof options !== "object" || options === null) throw invalidOption("vegaLiteChart", "options", "an object of options", options);
  const { theme = "streamlit", onSelect = "ignore" } = options as VegaLiteChartOptions & { onSelect?: OnSelect | "ignore" };
  if (theme !== "streamlit" && theme !== null) throw invalidOption("vegaLiteChart", "theme", '"streamlit" or null', theme);
  if (onSelect !== "ignore" && onSelect !== "rerun" && typeof onSelect !== "function") throw invalidOption("vegaLiteChart", "onSelect", '"ignore", "rerun" or a function', onSelect);
  const size = sizeFields("vegaLiteChart", options as SizeOptions);
  const datasets: Record<string, DataRef> = {};
  const { values, rest } = takeValues(spec);
  if (data !== undefined && data !== null) datasets.source = writeData("vegaLiteChart", data).data;
  else if (values !== undefined) datasets.source = writeData("vegaLiteChart", values).data;
  if (datasets.source !== undefined) rest.data = { ...(isPlainObject(rest.data) ? rest.data : {}), name: "source" };
  if (isPlainObject(rest.datasets)) {
    for (const [name, rows] of Object.entries(rest.datasets)) datasets[name] = writeData("vegaLiteChart", rows).data;
    delete rest.datasets;
  }
  const base = {
    kind: "vegaLiteChart" as const,
    spec: toJson(rest) as { [key: string]: Json },
    datasets,
    ...size,
    ...(theme === null ? { theme: null } : {}),
  };
  if (onSelect === "ignore") return writeElement(containerOf(this), "vegaLiteChart", base);
  const { key, args, selectionMode } = options as VegaLiteChartOptions;
  const modes = selectionModes(base.spec, selectionMode);
  const empty: VegaLiteState = { selection: Object.fromEntries(modes.map((name) => [name, {}])) };
  return widget<VegaLiteState>(containerOf(this), kind, {
    api: "vegaLiteChart",
    label: "",
    key,
    params: [base.spec, Object.values(datasets).map((ref) => ref.$data), size, theme, modes],
    initial: empty,
    callback: typeof onSelect === "function" ? onSelect : undefined,
    args,
    reject: (value) => {
      const unknown = Object.keys((value as unknown as VegaLiteState).selection).find((name) => !modes.includes(name));
      return unknown === undefined ? null : `it selects with ${modes.map((m) => JSON.stringify(m)).join(", ")}, not ${JSON.stringify(unknown)}`;
    },
    node: (id, value) => ({ ...base, id, label: "", disabled: false, ...(key !== undefined ? { key: String(key) } : {}), selectionMode: modes, value }),
  });
}

/**
 * The selection parameters to activate (Streamlit's `_parse_selection_mode`): those named, each
 * one the spec has, or every one it has; a spec without any cannot select.
 */
function selectionModes(spec: Record<string, Json>, given: unknown): string[] {
  const params = Array.isArray(spec.params) ? spec.params : [];
  const names = params.flatMap((param) => (isPlainObject(param) && typeof param.name === "string" && param.select !== undefined && param.select !== null ? [param.name] : []));
  if (names.length === 0) {
    throw new RivuletAPIError("invalid_option", {
      api: "vegaLiteChart",
      option: "onSelect",
      expected: "a spec with a selection parameter (`params: [{ name, select }]`, https://vega.github.io/vega-lite/docs/selection.html)",
      got: "a spec without any",
    });
  }
  if (given === undefined || given === null) return [...names].sort();
  const list = typeof given === "string" ? [given] : Array.isArray(given) ? [...given] : null;
  if (list === null || !list.every((name) => typeof name === "string")) throw invalidOption("vegaLiteChart", "selectionMode", "a selection parameter's name, or an array of them", given);
  const missing = list.find((name) => !names.includes(name));
  if (missing !== undefined) throw invalidOption("vegaLiteChart", "selectionMode", `selection parameters of the spec (${names.map((n) => JSON.stringify(n)).join(", ")})`, missing);
  return [...new Set(list as string[])].sort();
}

function specOf(value: unknown): Record<string, unknown> | null {
  if (typeof value !== "object" || value === null) return null;
  for (const method of ["toSpec", "toJSON"] as const) {
    const make = (value as Record<string, unknown>)[method];
    if (typeof make === "function") {
      const made: unknown = make.call(value);
      return isPlainObject(made) ? { ...made } : null;
    }
  }
  return isPlainObject(value) ? { ...value } : null;
}

function hasSpecMethod(value: unknown): boolean {
  return typeof value === "object" && value !== null && (typeof (value as { toSpec?: unknown }).toSpec === "function" || typeof (value as { toJSON?: unknown }).toJSON === "function");
}

/** What makes an object a spec rather than options: a mark, an encoding, a layer, ... */
function looksLikeSpec(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  return ["mark", "encoding", "layer", "hconcat", "vconcat", "concat", "facet", "repeat", "$schema", "spec"].some((key) => key in value);
}

/** The spec's inline `data.values`, taken out. */
function takeValues(spec: Record<string, unknown>): { values: unknown; rest: Record<string, unknown> } {
  const rest = { ...spec };
  const data = rest.data;
  if (isPlainObject(data) && Array.isArray(data.values)) {
    const { values, ...others } = data;
    rest.data = others;
    return { values, rest };
  }
  return { values: undefined, rest };
}

function sizeFields(api: string, options: SizeOptions): { width?: "content" | number; height?: "stretch" | number } {
  const out: { width?: "content" | number; height?: "stretch" | number } = {};
  const w = checkWidth(api, options.width, "stretch");
  if (w !== "stretch") out.width = w;
  const h = options.height;
  if (h === undefined || h === "content") return out;
  if (h === "stretch" || (typeof h === "number" && Number.isInteger(h) && h > 0)) out.height = h;
  else throw invalidOption(api, "height", SIZE_CHOICES, h);
  return out;
}


export const node = v.object({
  kind: v.literal("vegaLiteChart"),
  /** The spec, its data named (`data: { name }`), never inline. */
  spec: v.record(v.string(), jsonValue),
  /** Its datasets by name: Arrow IPC in binary frames. */
  datasets: v.record(v.string(), dataRef),
  /** Rows added after the data (addRows), each a table of its own. */
  more: v.optional(v.array(dataRef)),
  width,
  height: v.optional(v.union([v.literal("stretch"), v.pipe(v.number(), v.integer(), v.minValue(1))])),
  /** null: Vega-Lite's own look; absent: Streamlit's theme. */
  theme: v.optional(v.null()),
  /** A built-in line or area chart of many points: drawn from a selection of them (builtInChart.ts's DECIMATE_ABOVE). */
  decimate: v.optional(
    v.object({ x: v.nullable(v.string()), position: v.optional(v.string()), y: v.array(v.string()), series: v.optional(v.string()) }),
  ),
  // A chart with `onSelect` is a widget: these fields are there only then.
  id: v.optional(v.string()),
  label: v.optional(v.literal("")),
  disabled: v.optional(v.boolean()),
  key: v.optional(v.string()),
  /** The selection parameters that select, by name. */
  selectionMode: v.optional(v.array(v.string())),
  value: v.optional(selectionValue),
});

export default defineElement({
  // The kind and widget model `widget()` is given: written once.
  ...kind,
  node,
  api: { vegaLiteChart, lineChart, areaChart, barChart, scatterChart },
  writesData: true,
  section: "Data",
  testing: {
    interactions: {
      /** Sets one selection parameter's value, as a click or a drag on the chart does (`[{ field: value }]` for a point selection, `{ field: [min, max] }` for an interval). */
      select: (shown: v.InferOutput<typeof node>, name: string, value: Json) => ({ value: { selection: { ...(shown.value?.selection ?? {}), [name]: value } } }),
    },
    /** The spec, with each dataset's rows back in it (`datasets`), as Vega-Lite would get it; with onSelect, the `selection`. */
    value: (shown: v.InferOutput<typeof node>, data) => ({
      ...shown.spec,
      ...(shown.value !== undefined ? { selection: shown.value.selection } : {}),
      datasets: Object.fromEntries(
        Object.entries(shown.datasets).map(([name, ref]) => [
          name,
          (name === "source" ? [ref, ...(shown.more ?? [])] : [ref]).flatMap((part) => data(part).toArray().map((row: { toJSON(): unknown }) => row.toJSON())),
        ]),
      ),
    }),
  },
  docs: [
    {
      calls: [
        "st.lineChart(data, { x, y, xLabel, yLabel, color, width, height })",
        "st.areaChart(data, { x, y, xLabel, yLabel, color, stack, width, height })",
        "st.barChart(data, { x, y, xLabel, yLabel, color, horizontal, sort, stack, width, height })",
        "st.scatterChart(data, { x, y, xLabel, yLabel, color, size, width, height })",
      ],
      streamlit: ["st.line_chart", "st.area_chart", "st.bar_chart", "st.scatter_chart"],
      notes: "Vega-Lite specs built as Streamlit builds them; wide data is one series per column; zoom and pan",
      example: 'st.lineChart({ day: [1, 2, 3, 4], sales: [10, 14, 12, 18], costs: [8, 9, 11, 10] }, { x: "day", yLabel: "dollars" });',
    },
    {
      calls: ["st.vegaLiteChart(spec, { width, height, theme, key, onSelect, selectionMode, args })", "st.vegaLiteChart(data, spec, { ... })"],
      streamlit: ["st.vega_lite_chart"],
      notes: "a spec object or anything with `toSpec()`/`toJSON()` (vega-lite-api); its data goes as Arrow; `theme: null` for Vega-Lite's look; with `onSelect`, the spec's selection parameters return `{ selection: { [name]: value } }`",
      example:
        'st.vegaLiteChart([{ a: "A", b: 28 }, { a: "B", b: 55 }, { a: "C", b: 43 }], {\n  mark: { type: "bar", cornerRadiusEnd: 4 },\n  encoding: { x: { field: "a", type: "nominal" }, y: { field: "b", type: "quantitative" } },\n});',
    },
  ],
});
