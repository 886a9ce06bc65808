// st.html: the author's HTML on the page, sanitized there by DOMPurify (no scripts, no event
// handlers, no `javascript:` URLs; styles kept). HTML that is only <style> (and comments) takes
// no room: it styles the page from where it is.

import * as v from "valibot";
import { invalidOption } from "../errors/invalidOption.ts";
import { containerOf, type Container } from "../api/container.ts";
import { writeElement } from "../api/elements/writeElement.ts";
import { cleanText } from "../api/elements/cleanText.ts";
import { defineElement } from "./define.ts";

export function html(this: unknown, body: unknown): Container {
  const text = cleanText(body);
  if (text === "") throw invalidOption("html", "body", "non-empty HTML", text);
  const styleOnly = text.replace(/<!--[\s\S]*?-->/g, "").replace(/<style[\s\S]*?<\/style>/gi, "").trim() === "";
  return writeElement(containerOf(this), "html", { kind: "html", body: text, ...(styleOnly ? { styleOnly: true as const } : {}) });
}

export const node = v.object({
  kind: v.literal("html"),
  body: v.string(),
  /** Only <style> and comments: it takes no room. */
  styleOnly: v.optional(v.literal(true)),
});

export default defineElement({
  kind: "html",
  node,
  api: { html },
  section: "Text",
  docs: [
    {
      calls: ["st.html(body)"],
      streamlit: ["st.html"],
      notes: "sanitized on the page (DOMPurify); style-only HTML takes no room",
      example: 'st.html("<p><span style=\\"text-decoration: line-through double red;\\">Oops</span>!</p>");',
    },
  ],
});
