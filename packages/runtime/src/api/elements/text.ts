// st.title, st.header, st.subheader, st.markdown, st.text.

import type { Container } from "../container.ts";
import { writeElement } from "./writeElement.ts";

export interface TitleOptions {
  anchor?: string | false;
  help?: string;
}

export interface HeaderOptions extends TitleOptions {
  /** Shows a coloured divider under the header: true, or a colour name. */
  divider?: boolean | string;
}

export interface MarkdownOptions {
  help?: string;
  /** Keep the HTML in the body instead of showing it as text. The page still sanitizes it (DOMPurify). */
  unsafeAllowHtml?: boolean;
}

export interface TextOptions {
  help?: string;
}

export function title(target: Container, body: unknown, options: TitleOptions = {}): void {
  writeElement(target, "title", { kind: "title", body: String(body), ...optional(options, "help"), ...anchor(options) });
}

export function header(target: Container, body: unknown, options: HeaderOptions = {}): void {
  writeElement(target, "header", { kind: "header", body: String(body), ...optional(options, "help", "divider") });
}

export function subheader(target: Container, body: unknown, options: HeaderOptions = {}): void {
  writeElement(target, "subheader", { kind: "subheader", body: String(body), ...optional(options, "help", "divider") });
}

export function markdown(target: Container, body: unknown, options: MarkdownOptions = {}): void {
  writeElement(target, "markdown", {
    kind: "markdown",
    body: String(body),
    ...optional(options, "help"),
    ...(options.unsafeAllowHtml === true ? { allowHtml: true as const } : {}),
  });
}

export function text(target: Container, body: unknown, options: TextOptions = {}): void {
  writeElement(target, "text", { kind: "text", body: String(body), ...optional(options, "help") });
}

/** Only the options that were given: absent keys stay absent on the wire. */
function optional<T extends object, K extends keyof T>(options: T, ...keys: K[]): Pick<T, K> {
  const picked = {} as Pick<T, K>;
  for (const key of keys) if (options[key] !== undefined) picked[key] = options[key];
  return picked;
}

function anchor(options: TitleOptions): { anchor?: string } {
  return typeof options.anchor === "string" ? { anchor: options.anchor } : {};
}
