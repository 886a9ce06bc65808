// A Vega-Lite chart's selections as Streamlit reports them (its ArrowVegaLiteChart): each
// selection parameter's signal value, a point selection's as the list of the points' field
// values (`vlPoint.or`), an interval's as `{ field: [min, max] }`, JSON; and the spec prepared
// so that point selections resolve to fields, not to Vega's internal row ids.
import type { Json } from "../wire.ts";

/** A point selection without `encodings` selects by every encoding of the chart (Streamlit's `prepareSpecForSelections`). */
export function prepareSpecForSelections(spec: Record<string, unknown>): void {
  const params = spec.params;
  const encoding = spec.encoding;
  if (!Array.isArray(params) || typeof encoding !== "object" || encoding === null) return;
  for (const param of params as Record<string, unknown>[]) {
    if (param.select === "point" || param.select === "interval") param.select = { type: param.select };
    const select = param.select as Record<string, unknown> | undefined;
    if (select?.type === "point" && select.encodings === undefined) select.encodings = Object.keys(encoding);
  }
}

/** A selection signal's value as the script gets it. */
export function selectionValueOf(value: unknown): Json {
  const point = (value as { vlPoint?: { or?: unknown } } | null)?.vlPoint;
  const chosen = point !== undefined && point !== null && "or" in point ? point.or : value;
  if (chosen === undefined || chosen === null) return {};
  // Dates (a temporal interval) as ISO strings, as Streamlit's JSON has them.
  return JSON.parse(JSON.stringify(chosen)) as Json;
}
