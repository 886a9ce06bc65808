// One tab of st.tabs (tabs.ts writes them): a container with its label.

import * as v from "valibot";
import { defineBlock } from "./define.ts";

export const node = v.object({
  kind: v.literal("block"),
  block: v.literal("tab"),
  /** Markdown, on its tab. */
  label: v.string(),
});

export default defineBlock({
  block: "tab",
  node,
  api: {},
  testing: { lists: { tabs: () => true } },
  section: "Layout",
  docs: [],
});
