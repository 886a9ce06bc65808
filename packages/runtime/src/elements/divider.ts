// st.divider: a horizontal rule.

import * as v from "valibot";
import { containerOf, type Container } from "../api/container.ts";
import { writeElement } from "../api/elements/writeElement.ts";
import { defineElement } from "./define.ts";

export function divider(this: unknown): Container {
  return writeElement(containerOf(this), "divider", { kind: "divider" });
}

export const node = v.object({ kind: v.literal("divider") });

export default defineElement({
  kind: "divider",
  node,
  api: { divider },
  section: "Text",
  docs: [{ example: "st.divider();", calls: ["st.divider()"], streamlit: ["st.divider"] }],
});
