// Markdown as Streamlit renders it, to HTML: GitHub-flavoured Markdown (marked: tables, task
// lists, strikethrough, autolinks) with Streamlit's additions: `:red[…]`, `:blue-background[…]`,
// `:green-badge[…]` and `:small[…]`, `:material/icon:`, emoji shortcodes (`:smile:`), LaTeX
// (`$…$`, `$$…$$`, KaTeX), typographic arrows (`->`, `<=`), and highlighted code.
//
// Safe by construction: without `allowHtml` the author's HTML shows as text, links and images
// keep only web, mail and relative targets, and every tag comes from here. With `allowHtml`
// (st.markdown's `unsafeAllowHtml`) the author's tags pass and the caller sanitizes the result.
//
// Pure: the libraries that not every page needs (KaTeX, the emoji table, highlight.js) come in
// `features` when loaded; while one is missing its text shows plainly and `need` asks for it.

import { Marked, type MarkedExtension, type Tokens } from "marked";
import { anchorFor } from "./anchor.ts";
import { safeHref } from "./links.ts";

/** The libraries a render may use, when they are loaded (markdown/index.svelte.ts loads them). */
export interface Features {
  katex?: { renderToString(tex: string, options: { displayMode: boolean; throwOnError: boolean; output: "html" }): string };
  /** Emoji by shortcode (`smile` → 😄). */
  emoji?: ReadonlyMap<string, string>;
  highlight?: { highlight(code: string, options: { language: string }): { value: string }; getLanguage(name: string): unknown };
}

export type Feature = keyof Features;

export interface RenderOptions {
  /** Keep the author's HTML (the result is then not safe until sanitized). */
  allowHtml?: boolean;
  features?: Features;
  /** Called when the source uses a feature not in `features` (it is then shown plainly). */
  need?: (feature: Feature) => void;
  /** Give headings anchor ids (st.markdown in the main area; not in labels). */
  anchors?: boolean;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Streamlit's colours for `:color[…]`, `:color-background[…]` and `:color-badge[…]`. */
const COLORS = new Set(["red", "orange", "yellow", "green", "blue", "violet", "gray", "grey", "primary", "rainbow"]);

/** Whole Markdown: blocks and inline. */
export function renderMarkdown(source: string, options: RenderOptions = {}): string {
  return markedFor(options).parse(source.replace(/\r\n?/g, "\n"), { async: false });
}

/** Inline Markdown only (a label): blocks render as their text. */
export function renderInline(source: string, options: RenderOptions = {}): string {
  return markedFor(options).parseInline(source.replace(/\r\n?/g, " "), { async: false });
}

/** A marked instance for these options (marked keeps extensions per instance). */
function markedFor(options: RenderOptions): Marked {
  return new Marked({ gfm: true, breaks: false }, streamlitMarkdown(options));
}

function streamlitMarkdown(options: RenderOptions): MarkedExtension {
  const features = options.features ?? {};
  const need = options.need ?? (() => {});
  return {
    extensions: [
      {
        name: "mathBlock",
        level: "block",
        start: (src) => src.indexOf("$$"),
        tokenizer(src) {
          const m = /^\$\$([\s\S]+?)\$\$[^\S\n]*(?:\n|$)/.exec(src);
          return m ? { type: "mathBlock", raw: m[0], text: m[1]!.trim() } : undefined;
        },
        renderer: (token) => math(String(token.text), true, features, need),
      },
      {
        name: "math",
        level: "inline",
        start: (src) => src.indexOf("$"),
        tokenizer(src) {
          // No space inside the dollars, so "costs $5 and $10" stays text.
          const m = /^\$\$([^$]+?)\$\$|^\$(?![\s$])((?:\\\$|[^$\n])*?[^\s\\])\$(?!\d)/.exec(src);
          if (m === null) return undefined;
          return { type: "math", raw: m[0], text: m[1] ?? m[2]!, display: m[1] !== undefined };
        },
        renderer: (token) => math(String(token.text), token.display === true, features, need),
      },
      {
        name: "directive",
        level: "inline",
        start: (src) => src.search(/:[a-zA-Z]/),
        tokenizer(src) {
          // `:name[content]`, content with one level of nested brackets (`:red[a [b] c]`).
          const m = /^:([a-zA-Z][\w-]*)\[((?:[^[\]\\]|\\.|\[(?:[^[\]\\]|\\.)*\])*)\]/.exec(src);
          if (m === null) return undefined;
          return { type: "directive", raw: m[0], name: m[1]!, tokens: this.lexer.inlineTokens(m[2]!) };
        },
        renderer(token) {
          return directive(String(token.name), this.parser.parseInline(token.tokens ?? []));
        },
      },
      {
        name: "shortcode",
        level: "inline",
        start: (src) => src.indexOf(":"),
        tokenizer(src) {
          const material = /^:material\/([a-z0-9_]+):/.exec(src);
          if (material) return { type: "shortcode", raw: material[0], icon: material[1]! };
          const m = /^:([a-z0-9_+-]+):/.exec(src);
          return m ? { type: "shortcode", raw: m[0], code: m[1]! } : undefined;
        },
        renderer(token) {
          if (token.icon !== undefined) {
            return `<span class="material-symbols-rounded rv-md-icon" role="img" aria-label="${escapeHtml(String(token.icon))} icon" translate="no">${escapeHtml(String(token.icon))}</span>`;
          }
          if (features.emoji === undefined) {
            need("emoji");
            return escapeHtml(token.raw);
          }
          return escapeHtml(features.emoji.get(String(token.code)) ?? token.raw);
        },
      },
    ],
    walkTokens(token) {
      // Streamlit's typographic symbols, in plain text only (not code, links or math).
      if (token.type === "text" && !("tokens" in token && token.tokens)) {
        (token as Tokens.Text).text = typography((token as Tokens.Text).text);
      }
    },
    renderer: {
      html(token) {
        return options.allowHtml ? token.text : escapeHtml(token.text);
      },
      link(token) {
        const text = this.parser.parseInline(token.tokens);
        if (!safeHref(token.href)) return text;
        const title = token.title ? ` title="${escapeHtml(token.title)}"` : "";
        // A link within the page stays in its tab; the rest open apart, unable to reach back.
        const target = token.href.startsWith("#") ? "" : ' target="_blank" rel="noopener noreferrer"';
        return `<a href="${escapeHtml(token.href)}"${title}${target}>${text}</a>`;
      },
      image(token) {
        if (!safeHref(token.href)) return escapeHtml(token.text);
        return `<img src="${escapeHtml(token.href)}" alt="${escapeHtml(token.text)}"${token.title ? ` title="${escapeHtml(token.title)}"` : ""}>`;
      },
      heading(token) {
        const text = this.parser.parseInline(token.tokens);
        const id = options.anchors ? ` id="${escapeHtml(anchorFor(token.text))}"` : "";
        return `<h${token.depth}${id}>${text}</h${token.depth}>\n`;
      },
      code(token) {
        const language = (token.lang ?? "").trim().split(/\s+/)[0] ?? "";
        return `<pre><code${language ? ` class="language-${escapeHtml(language)}"` : ""}>${highlighted(token.text, language, features, need)}</code></pre>\n`;
      },
    },
  };
}

/** `:name[html]`: a colour, a background, a badge, small text; any other name shows as `:name`, as in Streamlit. */
function directive(name: string, html: string): string {
  if (name === "small") return `<span class="rv-md-small">${html}</span>`;
  const m = /^([a-z]+)(?:-(background|badge))?$/.exec(name);
  if (m === null || !COLORS.has(m[1]!) || (m[1] === "rainbow" && m[2] === "badge")) return escapeHtml(`:${name}`);
  const color = m[1] === "grey" ? "gray" : m[1]!;
  const kind = m[2] === "background" ? "bg" : m[2] === "badge" ? "badge" : "color";
  return `<span class="rv-md-${kind} rv-md-${kind}-${color}">${html}</span>`;
}

function math(tex: string, display: boolean, features: Features, need: (feature: Feature) => void): string {
  if (features.katex === undefined) {
    need("katex");
    const shown = escapeHtml(display ? `$$${tex}$$` : `$${tex}$`);
    return display ? `<div class="rv-md-math-pending">${shown}</div>\n` : `<span class="rv-md-math-pending">${shown}</span>`;
  }
  // Bad TeX shows as KaTeX's red error text, never as an exception.
  const html = features.katex.renderToString(tex, { displayMode: display, throwOnError: false, output: "html" });
  return display ? `<div class="rv-md-math">${html}</div>\n` : html;
}

/** Code as HTML: highlighted when highlight.js is loaded and knows the language. */
export function highlighted(code: string, language: string, features: Features, need: (feature: Feature) => void): string {
  if (language === "" || language === "text" || language === "plaintext") return escapeHtml(code);
  if (features.highlight === undefined) {
    need("highlight");
    return escapeHtml(code);
  }
  if (!features.highlight.getLanguage(language)) return escapeHtml(code);
  return features.highlight.highlight(code, { language }).value;
}

/** Streamlit's replacements, between spaces or at the ends only: `->` is →, `<=` is ≤. */
function typography(text: string): string {
  const symbols: [string, string][] = [
    ["<->", "↔"],
    ["->", "→"],
    ["<-", "←"],
    ["--", "—"],
    [">=", "≥"],
    ["<=", "≤"],
    ["~=", "≈"],
  ];
  let out = text;
  for (const [from, to] of symbols) {
    const pattern = new RegExp(`(^|\\s)${from.replace(/[-<>~=]/g, "\\$&")}(?=\\s|$)`, "g");
    out = out.replace(pattern, `$1${to}`);
  }
  return out;
}
