// st.title

import * as v from "valibot";
import { containerOf } from "../api/container.ts";
import { writeElement } from "../api/elements/writeElement.ts";
import { defineElement } from "./define.ts";
import { given, help } from "./fields.ts";

export interface TitleOptions {
  anchor?: string | false;
  help?: string;
}

export function title(this: unknown, body: unknown, options: TitleOptions = {}): void {
  const anchor = typeof options.anchor === "string" ? { anchor: options.anchor } : {};
  writeElement(containerOf(this), "title", { kind: "title", body: String(body), ...given(options, "help"), ...anchor });
}

export const node = v.object({ kind: v.literal("title"), body: v.string(), anchor: v.optional(v.string()), help });

export default defineElement({
  kind: "title",
  node,
  api: { title },
  section: "Text",
  docs: [{ calls: ["st.title(body, { anchor, help })"], streamlit: ["st.title"] }],
});
