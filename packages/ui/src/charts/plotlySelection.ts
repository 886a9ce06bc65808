// What a user's selection on a Plotly chart sends (Streamlit's PlotlyState, camelCased): the
// points (without Plotly's own trace objects), their indices once each, and the boxes and
// lassos drawn. A box or lasso the chart's selection modes do not have sends nothing.
import type { PlotlyEvent, PlotlyPoint } from "plotly.js-dist-min";
import type { Json } from "../wire.ts";

export type PlotlySelectionMode = "points" | "box" | "lasso";

export interface PlotlyArea {
  xref: string;
  yref: string;
  x: Json[];
  y: Json[];
}

export interface PlotlySelection {
  points: Record<string, Json>[];
  pointIndices: number[];
  box: PlotlyArea[];
  lasso: PlotlyArea[];
}

export const NO_SELECTION: PlotlySelection = { points: [], pointIndices: [], box: [], lasso: [] };

export function selectionOf(event: PlotlyEvent | undefined, modes: readonly PlotlySelectionMode[]): PlotlySelection | null {
  if (event === undefined) return NO_SELECTION;
  const indices = new Set<number>();
  const points = (event.points ?? []).map((point) => {
    if (typeof point.pointIndex === "number") indices.add(point.pointIndex);
    for (const index of point.pointIndices ?? []) indices.add(index);
    return pointOf(point);
  });
  const box: PlotlyArea[] = [];
  const lasso: PlotlyArea[] = [];
  for (const selection of event.selections ?? []) {
    if (selection.type === "rect") box.push({ xref: selection.xref, yref: selection.yref, x: [selection.x0 ?? null, selection.x1 ?? null], y: [selection.y0 ?? null, selection.y1 ?? null] });
    if (selection.type === "path" && selection.path !== undefined) lasso.push({ xref: selection.xref, yref: selection.yref, ...lassoPath(selection.path) });
  }
  if ((box.length > 0 && !modes.includes("box")) || (lasso.length > 0 && !modes.includes("lasso"))) return null;
  return { points, pointIndices: [...indices], box, lasso };
}

/** A point as JSON: Plotly's own objects left out, `marker.size` as `markerSize`, the legend group kept. */
function pointOf(point: PlotlyPoint): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const [key, value] of Object.entries(point)) {
    if (key === "data" || key === "fullData" || key === "xaxis" || key === "yaxis" || value === undefined) continue;
    const json = jsonOf(value);
    if (json !== undefined) out[key.replace(/\.(\w)/g, (_, c: string) => c.toUpperCase())] = json;
  }
  if (point.data?.legendgroup) out.legendgroup = point.data.legendgroup;
  return out;
}

function jsonOf(value: unknown): Json | undefined {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (Array.isArray(value)) return value.map((item) => jsonOf(item) ?? null);
  return undefined;
}

/** A lasso's SVG path ("M1,2L3,4L5,6Z") as its corners. */
function lassoPath(path: string): { x: Json[]; y: Json[] } {
  const x: Json[] = [];
  const y: Json[] = [];
  for (const [, a, b] of path.matchAll(/[ML]\s*(-?[\d.e+-]+)\s*,\s*(-?[\d.e+-]+)/gi)) {
    x.push(Number(a));
    y.push(Number(b));
  }
  return { x, y };
}
