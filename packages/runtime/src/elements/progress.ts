// st.progress: a bar from 0 to 100 (an integer) or 0.0 to 1.0 (a fraction), with optional text
// above it. Its handle updates it in place: `const bar = st.progress(0); bar.progress(50)`.

import * as v from "valibot";
import { invalidOption } from "../errors/invalidOption.ts";
import { containerOf, type Container } from "../api/container.ts";
import { writeElement } from "../api/elements/writeElement.ts";
import { cleanText } from "../api/elements/cleanText.ts";
import { defineElement } from "./define.ts";

export function progress(this: unknown, value: number, text?: string): Container {
  return writeElement(containerOf(this), "progress", {
    kind: "progress",
    value: percent(value),
    ...(text !== undefined && text !== null ? { text: checkText(text) } : {}),
  });
}

/**
 * Streamlit's rules: an integer is a percentage (0 to 100), any other number a fraction (0.0
 * to 1.0, within 1e-9), sent as a whole percentage (truncated, as Python's int()).
 */
function percent(value: unknown): number {
  if (typeof value !== "number" || Number.isNaN(value)) throw invalidOption("progress", "value", "a number", value);
  if (Number.isInteger(value)) {
    if (value < 0 || value > 100) throw invalidOption("progress", "value", "a whole number from 0 to 100, or a fraction from 0.0 to 1.0", value);
    return value;
  }
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9;
  if ((value < 0 || value > 1) && !close(value, 0) && !close(value, 1)) {
    throw invalidOption("progress", "value", "a fraction from 0.0 to 1.0, or a whole number from 0 to 100", value);
  }
  return Math.min(100, Math.max(0, Math.trunc(value * 100)));
}

function checkText(text: unknown): string {
  if (typeof text !== "string") {
    throw invalidOption("progress", "text", "a string", text);
  }
  return cleanText(text);
}

export const node = v.object({
  kind: v.literal("progress"),
  /** Percent, 0 to 100. */
  value: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
  /** Markdown above the bar. */
  text: v.optional(v.string()),
});

export default defineElement({
  kind: "progress",
  node,
  api: { progress },
  section: "Status",
  docs: [
    {
      calls: ["st.progress(value, text)"],
      streamlit: ["st.progress"],
      notes: "0–100, or 0.0–1.0; returns a handle: `bar.progress(50)` updates it",
      example: 'const bar = st.progress(0, "Working…");\nfor (let step = 1; step <= 4; step++) bar.progress(step * 25, `Step ${step} of 4`);',
    },
  ],
});
