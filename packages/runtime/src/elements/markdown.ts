// st.markdown

import * as v from "valibot";
import { containerOf, type Container } from "../api/container.ts";
import { writeElement } from "../api/elements/writeElement.ts";
import { cleanText } from "../api/elements/cleanText.ts";
import { defineElement } from "./define.ts";
import { given, help } from "./fields.ts";

export interface MarkdownOptions {
  help?: string;
  /** Keep the HTML in the body instead of showing it as text. The page still sanitizes it (DOMPurify). */
  unsafeAllowHtml?: boolean;
}

export function markdown(this: unknown, body: unknown, options: MarkdownOptions = {}): Container {
  return writeMarkdown(containerOf(this), "markdown", body, options);
}

/** A markdown element in `target` (st.write writes its strings this way). */
export function writeMarkdown(target: Container, api: string, body: unknown, options: MarkdownOptions = {}): Container {
  return writeElement(target, api, {
    kind: "markdown",
    body: cleanText(body),
    ...given(options, "help"),
    ...(options.unsafeAllowHtml === true ? { allowHtml: true as const } : {}),
  });
}

export const node = v.object({
  kind: v.literal("markdown"),
  body: v.string(),
  help,
  /** The body's HTML is kept (`unsafeAllowHtml`), and the page sanitizes it. */
  allowHtml: v.optional(v.literal(true)),
});

export default defineElement({
  kind: "markdown",
  node,
  api: { markdown },
  section: "Text",
  docs: [
    {
      example: "st.markdown(\"**Bold**, *italic* and a [link](https://example.com)\");", calls: ["st.markdown(body, { help, unsafeAllowHtml })"],
      streamlit: ["st.markdown"],
      notes: "with `unsafeAllowHtml`, the HTML is kept and sanitized on the page (DOMPurify)",
    },
  ],
});
