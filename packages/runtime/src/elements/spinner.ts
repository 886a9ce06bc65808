// st.spinner: a spinner with a message while `body` runs (Streamlit's `with st.spinner(...):`),
// gone when it is done. The page shows it only after half a second, as Streamlit does, so quick
// work does not flash it. Returns what `body` returns (a promise when it is async: await it).

import * as v from "valibot";
import { currentExecution, takeSite } from "../session/context.ts";
import { containerOf } from "../api/container.ts";
import { checkNode } from "../api/elements/nodeCheck.ts";
import { cleanText } from "../api/elements/cleanText.ts";
import { spinWhile } from "../api/elements/spinWhile.ts";
import { invalidOption } from "../errors/invalidOption.ts";
import { defineElement } from "./define.ts";

export interface SpinnerOptions {
  /** Show how long it has been spinning. */
  showTime?: boolean;
}

export function spinner<T>(this: unknown, text: string, body: () => T, options: SpinnerOptions = {}): T {
  if (typeof body !== "function") throw invalidOption("spinner", "body", "a function to run while it spins: st.spinner(text, () => { … })", body);
  takeSite();
  const exec = currentExecution("spinner");
  const { block, at } = containerOf(this).place(exec);
  // A placeholder for the spinner: emptied when the work is done.
  const placeholder = exec.writer.writeBlock(block, { block: "empty" }, false, at);
  const node = { kind: "spinner" as const, text: cleanText(text), ...(options.showTime === true ? { showTime: true as const } : {}) };
  checkNode("spinner", node);
  return spinWhile(exec, placeholder, node, body);
}

export const node = v.object({
  kind: v.literal("spinner"),
  /** Markdown beside the spinner. */
  text: v.string(),
  showTime: v.optional(v.literal(true)),
});

export default defineElement({
  kind: "spinner",
  node,
  api: { spinner },
  section: "Status",
  docs: [
    {
      calls: ["st.spinner(text, body, { showTime })"],
      streamlit: ["st.spinner"],
      notes: "Streamlit's `with st.spinner(text):`; returns what `body` returns (await it when it is async)",
      transient: true,
      example: 'const total = await st.spinner("Adding up…", async () => {\n  await new Promise((resolve) => setTimeout(resolve, 10));\n  return 42;\n});\nst.write("Total:", total);',
    },
  ],
});
