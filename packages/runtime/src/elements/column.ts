// One column of st.columns (layout.ts writes them in their row): a container with its relative
// width. A block of the registry so that AppTest lists them (`at.columns`), as Streamlit's does.

import * as v from "valibot";
import { defineBlock } from "./define.ts";

export const node = v.object({
  kind: v.literal("block"),
  block: v.literal("column"),
  /** Relative width in its row. */
  weight: v.pipe(v.number(), v.finite(), v.minValue(0)),
  border: v.optional(v.boolean()),
});

export default defineBlock({
  block: "column",
  node,
  api: {},
  testing: { lists: { columns: () => true } },
  section: "Layout",
  docs: [],
});
