// st.badge: a small coloured label. As in Streamlit, it is Markdown (`:blue-badge[…]`): AppTest
// finds it among `at.markdown`.

import { invalidOption, oneOf } from "../errors/invalidOption.ts";
import { containerOf, type Container } from "../api/container.ts";
import { defineApi } from "./define.ts";
import { checkIcon } from "./fields.ts";
import { writeMarkdown } from "./markdown.ts";

const COLORS = ["red", "orange", "yellow", "blue", "green", "violet", "gray", "grey", "primary"] as const;

export interface BadgeOptions {
  /** An emoji, or a Material icon as `:material/name:`, before the label. */
  icon?: string;
  color?: (typeof COLORS)[number];
}

export function badge(this: unknown, label: string, options: BadgeOptions = {}): Container {
  const color = options.color ?? "blue";
  // Streamlit leaves an unknown colour to the page, which then shows the directive's name;
  // Rivulet says so at the call.
  if (!COLORS.includes(color)) throw invalidOption("badge", "color", oneOf(COLORS), color);
  const icon = checkIcon("badge", options.icon);
  const escaped = String(label).replace(/[[\]]/g, (bracket) => `\\${bracket}`);
  return writeMarkdown(containerOf(this), "badge", `:${color}-badge[${icon !== undefined ? `${icon} ` : ""}${escaped}]`);
}

export default defineApi({
  api: { badge },
  containerMethods: true,
  section: "Text",
  docs: [
    {
      calls: ["st.badge(label, { icon, color })"],
      streamlit: ["st.badge"],
      notes: "Markdown, as in Streamlit (`at.markdown`)",
      example: 'st.badge("New", { color: "green", icon: ":material/star:" });',
    },
  ],
});
