// st.tabs: a tab bar over one container per label. Every tab's content runs on every run, as in
// Streamlit; which tab is shown is the page's own state (kept by label across runs), so
// switching tabs runs nothing.

import * as v from "valibot";
import { invalidOption } from "../errors/invalidOption.ts";
import { currentExecution, takeSite } from "../session/context.ts";
import { blockContainer, containerOf, type Container } from "../api/container.ts";
import { checkBlock } from "../api/elements/nodeCheck.ts";
import { defineBlock } from "./define.ts";

export interface TabsOptions {
  /** The label of the tab shown at first (the first one by default). */
  default?: string;
}

/** st.tabs: one container per label, in order. */
export function tabs(this: unknown, labels: readonly string[], options: TabsOptions = {}): Container[] {
  if (!Array.isArray(labels) || labels.length === 0) throw invalidOption("tabs", "tabs", "a list of at least one tab label", labels);
  if (options.default !== undefined && options.default !== "" && !labels.includes(options.default)) {
    throw invalidOption("tabs", "default", "one of the tab labels", options.default);
  }
  if (labels.some((label) => typeof label !== "string")) throw invalidOption("tabs", "tabs", "a list of strings", labels.find((label) => typeof label !== "string"));
  takeSite();
  const exec = currentExecution("tabs");
  const spec = { block: "tabs" as const, defaultIndex: options.default ? labels.indexOf(options.default) : 0 };
  checkBlock("tabs", spec);
  const { block, at } = containerOf(this).place(exec);
  const bar = exec.writer.writeBlock(block, spec, false, at);
  return labels.map((label) => blockContainer(exec.writer.writeBlock(bar, { block: "tab", label }), exec));
}

export const node = v.object({
  kind: v.literal("block"),
  block: v.literal("tabs"),
  /** The tab shown when the tabs first show (the page keeps the user's choice after, by label). */
  defaultIndex: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export default defineBlock({
  block: "tabs",
  node,
  api: { tabs },
  containers: { tabs: "array" },
  // `at.tabs` lists the tabs themselves (tab.ts), as Streamlit's AppTest does.
  testing: { lists: {} },
  section: "Layout",
  docs: [
    {
      calls: ["st.tabs(labels, { default })"],
      streamlit: ["st.tabs"],
      notes: "returns one container per tab; every tab's content runs every run",
      example: 'const [cat, dog] = st.tabs(["Cat", "Dog"]);\ncat.header("A cat");\ndog.header("A dog");',
    },
  ],
});
