// st.text

import * as v from "valibot";
import { containerOf, type Container } from "../api/container.ts";
import { writeElement } from "../api/elements/writeElement.ts";
import { cleanText } from "../api/elements/cleanText.ts";
import { defineElement } from "./define.ts";
import { given, help } from "./fields.ts";

export interface TextOptions {
  help?: string;
}

export function text(this: unknown, body: unknown, options: TextOptions = {}): Container {
  return writeElement(containerOf(this), "text", { kind: "text", body: cleanText(body), ...given(options, "help") });
}

export const node = v.object({ kind: v.literal("text"), body: v.string(), help });

export default defineElement({
  kind: "text",
  node,
  api: { text },
  section: "Text",
  docs: [{ example: "st.text(\"Fixed-width text\");", calls: ["st.text(body, { help })"], streamlit: ["st.text"] }],
});
