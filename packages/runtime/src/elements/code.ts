// st.code: a block of code, highlighted for its language (Python by default, as in Streamlit),
// with a copy button; optionally with line numbers, wrapped lines, a height.

import * as v from "valibot";
import { invalidOption, SIZE_CHOICES } from "../errors/invalidOption.ts";
import { containerOf, type Container } from "../api/container.ts";
import { writeElement } from "../api/elements/writeElement.ts";
import { defineElement } from "./define.ts";

export interface CodeOptions {
  lineNumbers?: boolean;
  wrapLines?: boolean;
  /** "content" (the default) fits the code, "stretch" fills the container's height, or pixels (it scrolls). */
  height?: "content" | "stretch" | number;
}

/** `language` as highlight.js names it (Streamlit's default is Python); null or "" for plain text. */
export function code(this: unknown, body: unknown, language?: string | null, options?: CodeOptions): Container;
/** The language among the options, as Streamlit's keyword argument reads: `st.code(body, { language: "sql" })`. */
export function code(this: unknown, body: unknown, options: CodeOptions & { language?: string | null }): Container;
export function code(
  this: unknown,
  body: unknown,
  languageOrOptions: string | null | (CodeOptions & { language?: string | null }) = "python",
  rest: CodeOptions = {},
): Container {
  const inOptions = typeof languageOrOptions === "object" && languageOrOptions !== null;
  const language = inOptions ? (languageOrOptions.language === undefined ? "python" : languageOrOptions.language) : languageOrOptions;
  const options = inOptions ? languageOrOptions : rest;
  if (language !== null && typeof language !== "string") {
    throw invalidOption("code", "language", "a string or null", language);
  }
  const height = options.height ?? "content";
  if (height !== "content" && height !== "stretch" && !(typeof height === "number" && Number.isInteger(height) && height > 0)) {
    throw invalidOption("code", "height", SIZE_CHOICES, height);
  }
  return writeElement(containerOf(this), "code", {
    kind: "code",
    // Streamlit 1.50 keeps the code's own indentation: only one leading and one trailing newline go.
    body: String(body).replace(/^\n/, "").replace(/\n$/, ""),
    language: language || "plaintext",
    ...(options.lineNumbers === true ? { lineNumbers: true as const } : {}),
    ...(options.wrapLines === true ? { wrapLines: true as const } : {}),
    ...(height !== "content" ? { height } : {}),
  });
}

export const node = v.object({
  kind: v.literal("code"),
  body: v.string(),
  language: v.string(),
  lineNumbers: v.optional(v.literal(true)),
  wrapLines: v.optional(v.literal(true)),
  height: v.optional(v.union([v.literal("stretch"), v.pipe(v.number(), v.integer(), v.minValue(1))])),
});

export default defineElement({
  kind: "code",
  node,
  api: { code },
  section: "Text",
  docs: [
    {
      calls: ["st.code(body, language, { lineNumbers, wrapLines, height })"],
      streamlit: ["st.code"],
      notes: "highlighted (highlight.js, loaded when first needed), with a copy button",
      example: 'st.code("const greeting = `Hello ${name}`;", "typescript", { lineNumbers: true });',
    },
  ],
});
