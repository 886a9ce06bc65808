// st.header (st.subheader is its smaller twin: subheader.ts).

import * as v from "valibot";
import { containerOf } from "../api/container.ts";
import { writeElement } from "../api/elements/writeElement.ts";
import { defineElement } from "./define.ts";
import { given, help } from "./fields.ts";

export interface HeaderOptions {
  /** Shows a coloured divider under the header: true, or a colour name. */
  divider?: boolean | string;
  help?: string;
}

/** The fields of a header's node, and of a subheader's. */
export const headingFields = { body: v.string(), divider: v.optional(v.union([v.boolean(), v.string()])), help };

export function header(this: unknown, body: unknown, options: HeaderOptions = {}): void {
  writeElement(containerOf(this), "header", { kind: "header", body: String(body), ...given(options, "help", "divider") });
}

export const node = v.object({ kind: v.literal("header"), ...headingFields });

export default defineElement({
  kind: "header",
  node,
  api: { header },
  section: "Text",
  docs: [{ calls: ["st.header(body, { divider, help })"], streamlit: ["st.header"] }],
});
