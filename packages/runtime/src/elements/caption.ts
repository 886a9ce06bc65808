// st.caption: small, muted Markdown under other elements (a figure's note, a footnote).

import * as v from "valibot";
import { containerOf, type Container } from "../api/container.ts";
import { writeElement } from "../api/elements/writeElement.ts";
import { cleanText } from "../api/elements/cleanText.ts";
import { defineElement } from "./define.ts";
import { given, help } from "./fields.ts";

export interface CaptionOptions {
  help?: string;
  /** Keep the HTML in the body instead of showing it as text. The page still sanitizes it (DOMPurify). */
  unsafeAllowHtml?: boolean;
}

export function caption(this: unknown, body: unknown, options: CaptionOptions = {}): Container {
  return writeElement(containerOf(this), "caption", {
    kind: "caption",
    body: cleanText(body),
    ...given(options, "help"),
    ...(options.unsafeAllowHtml === true ? { allowHtml: true as const } : {}),
  });
}

export const node = v.object({ kind: v.literal("caption"), body: v.string(), help, allowHtml: v.optional(v.literal(true)) });

export default defineElement({
  kind: "caption",
  node,
  api: { caption },
  section: "Text",
  docs: [{ example: "st.caption(\"Figures are in *thousands*.\");", calls: ["st.caption(body, { help, unsafeAllowHtml })"], streamlit: ["st.caption"], notes: "small, muted Markdown" }],
});
