// st.title

import * as v from "valibot";
import { containerOf, type Container } from "../api/container.ts";
import { writeElement } from "../api/elements/writeElement.ts";
import { defineElement } from "./define.ts";
import { help } from "./fields.ts";
import { headingOf } from "./header.ts";

export interface TitleOptions {
  /** The title's anchor id (its text made into one by default). */
  anchor?: string | false;
  help?: string;
}

export function title(this: unknown, body: unknown, options: TitleOptions = {}): Container {
  return writeElement(containerOf(this), "title", { kind: "title", ...headingOf(body, options) });
}

export const node = v.object({ kind: v.literal("title"), body: v.string(), anchor: v.optional(v.string()), help });

export default defineElement({
  kind: "title",
  node,
  api: { title },
  section: "Text",
  docs: [{ example: "st.title(\"My app\");", calls: ["st.title(body, { anchor, help })"], streamlit: ["st.title"] }],
});
