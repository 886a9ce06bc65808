// st.popover: a button that opens a floating container. Opening and closing it runs nothing;
// its content runs on every run, shown or not, as in Streamlit.

import * as v from "valibot";
import { invalidOption } from "../errors/invalidOption.ts";
import { containerOf, type Container } from "../api/container.ts";
import { openBlock } from "../api/blocks/openBlock.ts";
import { defineBlock } from "./define.ts";
import { checkIcon, checkWidth, help, icon, type Width } from "./fields.ts";

export interface PopoverOptions {
  help?: string;
  /** An emoji, or a Material icon as `:material/name:`, before the label. */
  icon?: string;
  disabled?: boolean;
  /** "content" (the default) fits the button to its label; "stretch" fills the container; or pixels. */
  width?: Width;
}

export function popover(this: unknown, label: string, options: PopoverOptions = {}): Container {
  if (label === undefined || label === null) throw invalidOption("popover", "label", "a label", label);
  const iconGiven = checkIcon("popover", options.icon);
  const width = checkWidth("popover", options.width, "content");
  return openBlock(containerOf(this), "popover", {
    block: "popover",
    label: String(label),
    disabled: options.disabled === true,
    width,
    ...(options.help ? { help: String(options.help) } : {}),
    ...(iconGiven !== undefined ? { icon: iconGiven } : {}),
  });
}

export const node = v.object({
  kind: v.literal("block"),
  block: v.literal("popover"),
  /** Markdown, on the button. */
  label: v.string(),
  help,
  icon,
  disabled: v.boolean(),
  width: v.union([v.picklist(["content", "stretch"]), v.pipe(v.number(), v.integer(), v.minValue(1))]),
});

export default defineBlock({
  block: "popover",
  node,
  api: { popover },
  containers: { popover: "one" },
  section: "Layout",
  docs: [
    {
      calls: ["st.popover(label, { help, icon, disabled, width })"],
      streamlit: ["st.popover"],
      notes: "returns a container shown in a floating panel; opening it runs nothing",
      example: 'const settings = st.popover("Settings");\nconst dark = settings.toggle("Dark mode");',
    },
  ],
});
