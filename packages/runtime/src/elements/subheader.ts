// st.subheader

import * as v from "valibot";
import { containerOf, type Container } from "../api/container.ts";
import { writeElement } from "../api/elements/writeElement.ts";
import { defineElement } from "./define.ts";
import { headingFields, headingOf, type HeaderOptions } from "./header.ts";

export function subheader(this: unknown, body: unknown, options: HeaderOptions = {}): Container {
  return writeElement(containerOf(this), "subheader", { kind: "subheader", ...headingOf(body, options) });
}

export const node = v.object({ kind: v.literal("subheader"), ...headingFields });

export default defineElement({
  kind: "subheader",
  node,
  api: { subheader },
  section: "Text",
  docs: [{ example: "st.subheader(\"Details\", { anchor: \"details\" });", calls: ["st.subheader(body, { anchor, divider, help })"], streamlit: ["st.subheader"] }],
});
