// st.metric: a value in big type under its label, with how it changed (the delta, an arrow and
// a colour) and, as Streamlit 1.50's, a small chart of its history. The rules of the colour and
// the arrow are Streamlit's (`_determine_delta_color_and_direction`): a delta is negative when
// it is a negative number or its text starts with "-"; "normal" shows a rise green and a fall
// red, "inverse" the other way round, "off" grey.

import * as v from "valibot";
import { containerOf, type Container } from "../api/container.ts";
import { cleanText } from "../api/elements/cleanText.ts";
import { writeElement } from "../api/elements/writeElement.ts";
import { LABEL_VISIBILITIES, type LabelVisibility } from "../api/widgets/widget.ts";
import { RivuletAPIError } from "../errors/RivuletAPIError.ts";
import { invalidOption } from "../errors/invalidOption.ts";
import { defineElement } from "./define.ts";
import { checkChoice, checkWidth, given, help, width, type Width } from "./fields.ts";

const DELTA_COLORS = ["normal", "inverse", "off"] as const;
const DELTA_ARROWS = ["auto", "up", "down", "off"] as const;
const CHART_TYPES = ["line", "bar", "area"] as const;

export interface MetricOptions {
  /** How the metric changed: shown under it with an arrow (`-` or a negative number: down). */
  delta?: number | string | null;
  /** "normal": a rise is green, a fall red; "inverse": the other way round; "off": grey. */
  deltaColor?: (typeof DELTA_COLORS)[number];
  /** "auto": the arrow follows the delta's sign; "up" or "down" whatever it is; "off": none. */
  deltaArrow?: (typeof DELTA_ARROWS)[number];
  help?: string;
  labelVisibility?: LabelVisibility;
  /** A border around the metric, as a card. */
  border?: boolean;
  width?: Width;
  height?: "content" | "stretch" | number;
  /** The metric's history, drawn small under it (numbers; null for a gap). */
  chartData?: Iterable<number | null>;
  chartType?: (typeof CHART_TYPES)[number];
}

export function metric(this: unknown, label: string, value: number | string | null | undefined, options: MetricOptions = {}): Container {
  if (typeof label !== "string") throw invalidOption("metric", "label", "a string", label);
  if (typeof options !== "object" || options === null) throw invalidOption("metric", "options", "an object of options", options);
  const delta = deltaText(options.delta);
  const deltaColor = checkChoice("metric", "deltaColor", options.deltaColor, DELTA_COLORS, "normal");
  const deltaArrow = checkChoice("metric", "deltaArrow", options.deltaArrow, DELTA_ARROWS, "auto");
  const falls = delta !== "" && delta.startsWith("-");
  const color = delta === "" || deltaColor === "off" ? "gray" : falls === (deltaColor === "normal") ? "red" : "green";
  const direction = delta === "" || deltaArrow === "off" ? "none" : deltaArrow === "auto" ? (falls ? "down" : "up") : deltaArrow;
  const visibility = options.labelVisibility ?? "visible";
  if (!LABEL_VISIBILITIES.includes(visibility)) throw new RivuletAPIError("invalid_label_visibility", { value: String(visibility) });
  const chart = chartOf(options.chartData, checkChoice("metric", "chartType", options.chartType, CHART_TYPES, "line"));
  return writeElement(containerOf(this), "metric", {
    kind: "metric",
    label: cleanText(label),
    body: valueText(value),
    ...(delta !== "" ? { delta } : {}),
    color,
    direction,
    ...given(options, "help"),
    ...(visibility !== "visible" ? { labelVisibility: visibility } : {}),
    ...(options.border === true ? { border: true as const } : {}),
    ...(options.width !== undefined ? { width: checkWidth("metric", options.width, "stretch") } : {}),
    ...(options.height !== undefined && options.height !== "content" ? { height: heightOf(options.height) } : {}),
    ...(chart !== null ? { chart } : {}),
  });
}

/** Streamlit's `_parse_value`: a number or a string as it is written, null (and undefined) a long dash. */
function valueText(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "number" || typeof value === "bigint") return String(value);
  if (typeof value === "string") return cleanText(value);
  throw invalidOption("metric", "value", "a number, a string or null", value);
}

/** Streamlit's `_parse_delta`: "" when there is none. */
function deltaText(delta: unknown): string {
  if (delta === null || delta === undefined || delta === "") return "";
  if (typeof delta === "number" || typeof delta === "bigint") return String(delta);
  if (typeof delta === "string") return cleanText(delta);
  throw invalidOption("metric", "delta", "a number, a string or null", delta);
}

function heightOf(height: unknown): "stretch" | number {
  if (height === "stretch" || (typeof height === "number" && Number.isInteger(height) && height > 0)) return height;
  throw invalidOption("metric", "height", '"content", "stretch" or whole pixels', height);
}

function chartOf(data: unknown, type: (typeof CHART_TYPES)[number]): { data: (number | null)[]; type: (typeof CHART_TYPES)[number] } | null {
  if (data === undefined || data === null) return null;
  if (typeof data !== "object" || !(Symbol.iterator in data)) throw invalidOption("metric", "chartData", "numbers (an array)", data);
  const values = Array.from(data as Iterable<unknown>, (point) => {
    if (point === null || (typeof point === "number" && Number.isFinite(point))) return point;
    throw invalidOption("metric", "chartData", "finite numbers, or null for a gap", point);
  });
  return values.length === 0 ? null : { data: values, type };
}

export const node = v.object({
  kind: v.literal("metric"),
  /** Markdown. */
  label: v.string(),
  /** The value as shown ("—" for none). */
  body: v.string(),
  delta: v.optional(v.string()),
  color: v.picklist(["green", "red", "gray"]),
  direction: v.picklist(["up", "down", "none"]),
  help,
  labelVisibility: v.optional(v.picklist(["hidden", "collapsed"])),
  border: v.optional(v.literal(true)),
  width,
  height: v.optional(v.union([v.literal("stretch"), v.pipe(v.number(), v.integer(), v.minValue(1))])),
  chart: v.optional(v.object({ data: v.array(v.nullable(v.number())), type: v.picklist(CHART_TYPES) })),
});

export default defineElement({
  kind: "metric",
  node,
  api: { metric },
  section: "Data",
  docs: [
    {
      calls: ["st.metric(label, value, { delta, deltaColor, deltaArrow, help, labelVisibility, border, width, height, chartData, chartType })"],
      streamlit: ["st.metric"],
      notes: "a value, how it changed and its history; `at.metric[0].value` is the value as shown",
      example: 'st.metric("Temperature", "70 °F", { delta: "1.2 °F", chartData: [68, 69, 68.8, 70], border: true });',
    },
  ],
});
