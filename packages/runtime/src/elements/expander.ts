// st.expander: a container whose content folds away under its label. Its content runs on every
// run, folded or not, as in Streamlit; the page remembers whether the user opened it.

import * as v from "valibot";
import { invalidOption } from "../errors/invalidOption.ts";
import { containerOf, type Container } from "../api/container.ts";
import { openBlock } from "../api/blocks/openBlock.ts";
import { defineBlock } from "./define.ts";
import { checkIcon, icon } from "./fields.ts";

export interface ExpanderOptions {
  /** Open at first. */
  expanded?: boolean;
  /** An emoji, or a Material icon as `:material/name:`, before the label. */
  icon?: string;
}

export function expander(this: unknown, label: string, options: ExpanderOptions = {}): Container {
  if (typeof label !== "string") throw invalidOption("expander", "label", "a string", label);
  const icon = checkIcon("expander", options.icon);
  return openBlock(containerOf(this), "expander", {
    block: "expander",
    label,
    expanded: options.expanded === true,
    ...(icon !== undefined ? { icon } : {}),
  });
}

export const node = v.object({
  kind: v.literal("block"),
  block: v.literal("expander"),
  /** Markdown, shown on the bar that opens it. */
  label: v.string(),
  /** Whether it is open when first shown (the user may open or close it after). */
  expanded: v.boolean(),
  icon,
});

export default defineBlock({
  block: "expander",
  node,
  api: { expander },
  containers: { expander: "one" },
  section: "Layout",
  docs: [
    {
      calls: ["st.expander(label, { expanded, icon })"],
      streamlit: ["st.expander"],
      notes: "returns a container; its content runs every run, open or not",
      example: 'const more = st.expander("See explanation");\nmore.write("The chart above shows some numbers I picked for you.");',
    },
  ],
});
