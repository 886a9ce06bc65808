// st.plotly_chart: a Plotly figure (its traces, its layout, its frames), drawn on the page by
// Plotly's own library (plotly.js, in a chunk of its own) in Streamlit's theme or Plotly's.
// With `onSelect`, the chart is a widget whose value is what the user selected (Streamlit's
// PlotlyState: the points, their indices, the boxes and lassos drawn).

import * as v from "valibot";
import { containerOf, type Container } from "../api/container.ts";
import { isPlainObject } from "../api/data/plainObject.ts";
import { writeElement } from "../api/elements/writeElement.ts";
import { widget, type WidgetKindInfo } from "../api/widgets/widget.ts";
import { invalidOption, oneOf, SIZE_CHOICES } from "../errors/invalidOption.ts";
import type { Json } from "../wire/protocol.ts";
import { toJson } from "../wire/toJson.ts";
import { defineElement } from "./define.ts";
import { checkWidth, width, type Width } from "./fields.ts";
import { jsonValue } from "./json.ts";

/** A Plotly figure as plotly.js takes it (https://plotly.com/javascript/reference/), or its traces alone. */
export type PlotlyFigure = { data?: readonly unknown[]; layout?: Record<string, unknown>; frames?: readonly unknown[]; [key: string]: unknown } | readonly unknown[] | { toJSON(): unknown };

export const PLOTLY_SELECTION_MODES = ["points", "box", "lasso"] as const;
export type PlotlySelectionMode = (typeof PLOTLY_SELECTION_MODES)[number];

/** A box or a lasso the user drew: its axes and its corners (a box's two, a lasso's path). */
export interface PlotlySelectionArea {
  xref: string;
  yref: string;
  x: Json[];
  y: Json[];
}

/** What a chart with `onSelect` returns, and holds in `st.sessionState[key]`: Streamlit's PlotlyState. */
export interface PlotlyState {
  selection: {
    /** The points selected: `curveNumber`, `pointNumber`, `pointIndex`, `x`, `y`, and what else Plotly tells of them. */
    points: Record<string, Json>[];
    pointIndices: number[];
    box: PlotlySelectionArea[];
    lasso: PlotlySelectionArea[];
  };
}

const area = v.object({ xref: v.string(), yref: v.string(), x: v.array(jsonValue), y: v.array(jsonValue) });
const selectionValue = v.object({
  selection: v.object({
    points: v.array(v.record(v.string(), jsonValue)),
    pointIndices: v.array(v.pipe(v.number(), v.integer(), v.minValue(0))),
    box: v.array(area),
    lasso: v.array(area),
  }),
});

const EMPTY: PlotlyState = { selection: { points: [], pointIndices: [], box: [], lasso: [] } };

const kind = { kind: "plotlyChart", widget: { model: "value", value: selectionValue, settable: false, whenOption: "onSelect" } } as const satisfies WidgetKindInfo;

export interface PlotlyChartOptions {
  /** "stretch" (the default): the container's width; "content": the figure's own; or pixels. */
  width?: Width;
  /** "content" (the default): the figure's own (450 px unless its layout says); or pixels. */
  height?: "content" | number;
  /** Deprecated in Streamlit 1.50: `width: "stretch"` or `"content"`. */
  useContainerWidth?: boolean;
  /** "streamlit" (the default): Streamlit's fonts and colours; null: Plotly's own. */
  theme?: "streamlit" | null;
  /** plotly.js's config (https://plotly.com/javascript/configuration-options/): the mode bar, scroll zoom, ... */
  config?: Record<string, unknown>;
  key?: string | number;
  selectionMode?: PlotlySelectionMode | readonly PlotlySelectionMode[];
  args?: readonly unknown[];
}

export function plotlyChart(this: unknown, figure: PlotlyFigure, options: PlotlyChartOptions & { onSelect: "rerun" | ((...args: never[]) => unknown) }): PlotlyState;
export function plotlyChart(this: unknown, figure: PlotlyFigure, options?: PlotlyChartOptions & { onSelect?: "ignore" }): Container;
export function plotlyChart(this: unknown, figure: PlotlyFigure, options: PlotlyChartOptions & { onSelect?: "ignore" | "rerun" | ((...args: never[]) => unknown) } = {}): Container | PlotlyState {
  if (typeof options !== "object" || options === null) throw invalidOption("plotlyChart", "options", "an object of options", options);
  const spec = figureOf(figure);
  const theme = options.theme === undefined ? "streamlit" : options.theme;
  if (theme !== "streamlit" && theme !== null) throw invalidOption("plotlyChart", "theme", '"streamlit" or null', theme);
  if (options.config !== undefined && !isPlainObject(options.config)) throw invalidOption("plotlyChart", "config", "an object of plotly.js config options", options.config);
  const size = options.useContainerWidth !== undefined ? (options.useContainerWidth ? "stretch" : "content") : checkWidth("plotlyChart", options.width, "stretch");
  const height = options.height ?? "content";
  if (height !== "content" && !(Number.isInteger(height) && height > 0)) throw invalidOption("plotlyChart", "height", SIZE_CHOICES, height);
  const onSelect = options.onSelect ?? "ignore";
  if (onSelect !== "ignore" && onSelect !== "rerun" && typeof onSelect !== "function") throw invalidOption("plotlyChart", "onSelect", '"ignore", "rerun" or a function', onSelect);
  const modes = selectionModes(options.selectionMode);
  const base = {
    kind: "plotlyChart" as const,
    figure: spec,
    ...(options.config !== undefined ? { config: toJson(options.config) as { [key: string]: Json } } : {}),
    ...(theme === null ? { theme: null } : {}),
    ...(size !== "stretch" ? { width: size } : {}),
    ...(height !== "content" ? { height } : {}),
  };
  if (onSelect === "ignore") return writeElement(containerOf(this), "plotlyChart", base);
  return widget<PlotlyState>(containerOf(this), kind, {
    api: "plotlyChart",
    label: "",
    key: options.key,
    params: [spec, base.config ?? null, theme, modes, size, height],
    initial: EMPTY,
    callback: typeof onSelect === "function" ? onSelect : undefined,
    args: options.args,
    reject: (value) => selectionProblem((value as unknown as PlotlyState).selection, modes),
    node: (id, value) => ({ ...base, id, label: "", disabled: false, ...(options.key !== undefined ? { key: String(options.key) } : {}), selectionMode: modes, value }),
  });
}

/** The figure as plotly.js takes it: an array is its traces; `toJSON()` makes one. */
function figureOf(figure: unknown): { [key: string]: Json } {
  const made = typeof figure === "object" && figure !== null && !Array.isArray(figure) && typeof (figure as { toJSON?: unknown }).toJSON === "function" ? (figure as { toJSON(): unknown }).toJSON() : figure;
  const spec = Array.isArray(made) ? { data: made } : made;
  if (!isPlainObject(spec) || (spec.data !== undefined && !Array.isArray(spec.data)) || (spec.layout !== undefined && !isPlainObject(spec.layout))) {
    throw invalidOption("plotlyChart", "figure", "a Plotly figure ({ data: [traces], layout }), an array of traces, or something with toJSON() that makes one", figure);
  }
  return toJson({ data: [], ...spec }) as { [key: string]: Json };
}

function selectionModes(given: unknown): PlotlySelectionMode[] {
  const modes = given === undefined ? [...PLOTLY_SELECTION_MODES] : typeof given === "string" ? [given] : Array.isArray(given) ? [...given] : null;
  if (modes === null || modes.length === 0 || !modes.every((mode) => (PLOTLY_SELECTION_MODES as readonly unknown[]).includes(mode))) {
    throw invalidOption("plotlyChart", "selectionMode", `${oneOf(PLOTLY_SELECTION_MODES)}, or an array of them`, given);
  }
  return [...new Set(modes as PlotlySelectionMode[])];
}

function selectionProblem(selection: PlotlyState["selection"], modes: PlotlySelectionMode[]): string | null {
  if (selection.box.length > 0 && !modes.includes("box")) return 'its selectionMode has no "box"';
  if (selection.lasso.length > 0 && !modes.includes("lasso")) return 'its selectionMode has no "lasso"';
  return null;
}

/** The points' indices, once each (Streamlit's `point_indices`). */
function indicesOf(points: Record<string, Json>[]): number[] {
  return [...new Set(points.flatMap((p) => (typeof p.pointIndex === "number" ? [p.pointIndex] : [])))];
}

export const node = v.object({
  kind: v.literal("plotlyChart"),
  /** The figure: `data` (its traces), `layout`, `frames`, as plotly.js takes them. */
  figure: v.record(v.string(), jsonValue),
  config: v.optional(v.record(v.string(), jsonValue)),
  /** null: Plotly's own look; absent: Streamlit's theme. */
  theme: v.optional(v.null()),
  width,
  height: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  // A chart with `onSelect` is a widget: these fields are there only then.
  id: v.optional(v.string()),
  label: v.optional(v.literal("")),
  disabled: v.optional(v.boolean()),
  key: v.optional(v.string()),
  selectionMode: v.optional(v.array(v.picklist(PLOTLY_SELECTION_MODES))),
  value: v.optional(selectionValue),
});

export default defineElement({
  // The kind and widget model `widget()` is given: written once.
  ...kind,
  node,
  api: { plotlyChart },
  section: "Data",
  testing: {
    value: (shown: v.InferOutput<typeof node>) => ({ figure: shown.figure, selection: shown.value?.selection ?? null }),
    interactions: {
      /** Selects points as a click or a drag on the chart does: each `{ curveNumber, pointIndex, x, y, ... }`. */
      selectPoints: (_shown: v.InferOutput<typeof node>, points: Record<string, Json>[]) => ({
        value: { selection: { points, pointIndices: indicesOf(points), box: [], lasso: [] } },
      }),
      /** Selects the points inside a box drawn on axes x and y (`[x0, x1]`, `[y0, y1]`). */
      selectBox: (_shown: v.InferOutput<typeof node>, points: Record<string, Json>[], box: { x: Json[]; y: Json[]; xref?: string; yref?: string }) => ({
        value: {
          selection: {
            points,
            pointIndices: indicesOf(points),
            box: [{ xref: box.xref ?? "x", yref: box.yref ?? "y", x: box.x, y: box.y }],
            lasso: [],
          },
        },
      }),
    },
  },
  docs: [
    {
      calls: ["st.plotlyChart(figure, { width, height, theme, config, key, onSelect, selectionMode, args })"],
      streamlit: ["st.plotly_chart"],
      notes: "a figure `{ data, layout }` (or its traces, or anything with `toJSON()`), drawn by plotly.js; with `onSelect` it returns `{ selection: { points, pointIndices, box, lasso } }`",
      example:
        'st.plotlyChart({\n  data: [{ type: "scatter", mode: "lines+markers", x: [1, 2, 3, 4], y: [10, 15, 13, 17], name: "sales" }],\n  layout: { title: { text: "Sales" } },\n});',
    },
  ],
});
