// st.subheader

import * as v from "valibot";
import { containerOf } from "../api/container.ts";
import { writeElement } from "../api/elements/writeElement.ts";
import { defineElement } from "./define.ts";
import { given } from "./fields.ts";
import { headingFields, type HeaderOptions } from "./header.ts";

export function subheader(this: unknown, body: unknown, options: HeaderOptions = {}): void {
  writeElement(containerOf(this), "subheader", { kind: "subheader", body: String(body), ...given(options, "help", "divider") });
}

export const node = v.object({ kind: v.literal("subheader"), ...headingFields });

export default defineElement({
  kind: "subheader",
  node,
  api: { subheader },
  section: "Text",
  docs: [{ calls: ["st.subheader(body, { divider, help })"], streamlit: ["st.subheader"] }],
});
