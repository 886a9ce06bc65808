// The elements the session itself writes, besides what scripts write: an uncaught exception,
// and alerts (Streamlit's "Missing Submit Button", a warning about st.rerun in a callback).
// Their st functions are in the registry (elements/alert.ts, elements/exception.ts), which
// takes these schemas as their definitions' own.

import * as v from "valibot";

/** `st.error`, `st.warning`, `st.info`, `st.success`: a coloured box of Markdown. */
export const ALERT_NODE = v.object({
  kind: v.literal("alert"),
  level: v.picklist(["error", "warning", "info", "success"]),
  body: v.string(),
  /** An emoji shown before the text. */
  icon: v.optional(v.string()),
});

export const SOURCE_LOCATION = v.object({ file: v.string(), line: v.pipe(v.number(), v.integer()), column: v.pipe(v.number(), v.integer()) });

export const EXCEPTION_NODE = v.object({
  kind: v.literal("exception"),
  /** The error's class name, e.g. "TypeError" or "RivuletAPIError"; for a value that is not an Error, its kind. */
  type: v.string(),
  message: v.string(),
  /** A RivuletAPIError's catalogue code: the page links it to its entry in the diagnostics reference. */
  code: v.optional(v.pipe(v.string(), v.regex(/^[a-z][a-z0-9_]*$/))),
  /** Stack frames already mapped to the user's source, one per line. */
  stack: v.array(v.string()),
  /** Where in the user's script it was thrown, when known. */
  loc: v.optional(SOURCE_LOCATION),
});

export type AlertNode = v.InferOutput<typeof ALERT_NODE>;
export type ExceptionNode = v.InferOutput<typeof EXCEPTION_NODE>;
