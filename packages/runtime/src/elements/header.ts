// st.header (st.subheader is its smaller twin: subheader.ts).

import * as v from "valibot";
import { containerOf, type Container } from "../api/container.ts";
import { writeElement } from "../api/elements/writeElement.ts";
import { cleanText } from "../api/elements/cleanText.ts";
import { defineElement } from "./define.ts";
import { given, help } from "./fields.ts";

export interface HeaderOptions {
  /** The heading's anchor id (its text made into one by default). */
  anchor?: string | false;
  /** Shows a coloured divider under the header: true, or a colour name. */
  divider?: boolean | string;
  help?: string;
}

/** The fields of a header's node, and of a subheader's. */
export const headingFields = { body: v.string(), anchor: v.optional(v.string()), divider: v.optional(v.union([v.boolean(), v.string()])), help };

/** A heading's fields from its options: the anchor only when it is one (`false` leaves the page's). */
export function headingOf(body: unknown, options: HeaderOptions) {
  return {
    body: cleanText(body),
    ...given(options, "help", "divider"),
    ...(typeof options.anchor === "string" ? { anchor: options.anchor } : {}),
  };
}

export function header(this: unknown, body: unknown, options: HeaderOptions = {}): Container {
  return writeElement(containerOf(this), "header", { kind: "header", ...headingOf(body, options) });
}

export const node = v.object({ kind: v.literal("header"), ...headingFields });

export default defineElement({
  kind: "header",
  node,
  api: { header },
  section: "Text",
  docs: [{ example: "st.header(\"Sales\", { divider: \"blue\" });", calls: ["st.header(body, { anchor, divider, help })"], streamlit: ["st.header"] }],
});
