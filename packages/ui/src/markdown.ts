// A safe Markdown subset rendered to HTML: everything from the author is escaped, and only
// the tags made here reach the page. With `allowHtml` (st.markdown's `unsafeAllowHtml`) the
// author's tags and entities pass through as they are, and the caller must sanitize the result. Blocks: paragraphs, ATX headings, bullet and numbered
// lists (nested by indentation), fenced code, block quotes, rules. Inline: `code`, **bold**,
// *italic*, ~~strike~~, [links](url) and bare URLs (http, https, mailto or relative only).

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface RenderOptions {
  /** Keep the author's HTML tags and entities (the result is then not safe until sanitized). */
  allowHtml?: boolean;
}

export function renderMarkdown(source: string, options: RenderOptions = {}): string {
  return renderBlocks(source.replace(/\r\n?/g, "\n").split("\n"), options);
}

const heading = /^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const rule = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/;
const fence = /^ {0,3}(`{3,}|~{3,})/;
const listItem = /^(\s*)([-*+]|\d{1,9}[.)])\s+(.*)$/;
const quote = /^ {0,3}>\s?(.*)$/;

function renderBlocks(lines: string[], options: RenderOptions): string {
  const out: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) out.push(`<p>${renderInline(paragraph.join("\n"), options)}</p>`);
    paragraph = [];
  };
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    let m: RegExpMatchArray | null;
    if (!line.trim()) {
      flush();
      i++;
    } else if ((m = line.match(fence))) {
      flush();
      const close = m[1]!;
      const body: string[] = [];
      for (i++; i < lines.length && !lines[i]!.trimStart().startsWith(close); i++) body.push(lines[i]!);
      i++;
      out.push(`<pre><code>${escapeHtml(body.join("\n"))}</code></pre>`);
    } else if ((m = line.match(heading))) {
      flush();
      const level = m[1]!.length;
      out.push(`<h${level}>${renderInline(m[2]!, options)}</h${level}>`);
      i++;
    } else if (rule.test(line)) {
      flush();
      out.push("<hr>");
      i++;
    } else if (quote.test(line)) {
      flush();
      const body: string[] = [];
      for (; i < lines.length && (m = lines[i]!.match(quote)); i++) body.push(m[1]!);
      out.push(`<blockquote>${renderBlocks(body, options)}</blockquote>`);
    } else if (listItem.test(line) && (paragraph.length === 0 || !/^\s/.test(line))) {
      flush();
      const start = i;
      for (i++; i < lines.length; i++) {
        const next = lines[i]!;
        if (!next.trim() || !(listItem.test(next) || /^\s+\S/.test(next))) break;
      }
      out.push(renderList(lines.slice(start, i), options));
    } else {
      paragraph.push(line);
      i++;
    }
  }
  flush();
  return out.join("\n");
}

/** A list from consecutive item lines; deeper-indented items nest in the item above them. */
function renderList(lines: string[], options: RenderOptions): string {
  const first = lines[0]!.match(listItem)!;
  const indent = first[1]!.length;
  const ordered = /\d/.test(first[2]!);
  const items: { text: string[]; nested: string[] }[] = [];
  for (const line of lines) {
    const m = line.match(listItem);
    const depth = m ? m[1]!.length : line.length - line.trimStart().length;
    const current = items[items.length - 1];
    if (m && depth <= indent) items.push({ text: [m[3]!], nested: [] });
    else if (current && m) current.nested.push(line);
    else if (current && current.nested.length) current.nested.push(line);
    else current?.text.push(line.trim());
  }
  const start = ordered ? Number.parseInt(first[2]!, 10) : 1;
  const tag = ordered ? "ol" : "ul";
  const open = ordered && start !== 1 ? `<ol start="${start}">` : `<${tag}>`;
  const body = items
    .map((item) => `<li>${renderInline(item.text.join("\n"), options)}${item.nested.length ? renderList(item.nested, options) : ""}</li>`)
    .join("");
  return `${open}${body}</${tag}>`;
}

const SAFE_SCHEMES = new Set(["http:", "https:", "mailto:"]);

/**
 * Whether a link target is safe to put in href: web, mail, or relative to the page. Judged by
 * the browser's own URL parser, which drops leading control characters and spaces and every
 * tab and newline, so `\x01javascript:` is seen as the `javascript:` it becomes.
 */
function safeHref(url: string): boolean {
  try {
    return SAFE_SCHEMES.has(new URL(url, "https://relative.invalid/").protocol);
  } catch {
    return false;
  }
}

function link(href: string, text: string): string {
  if (!safeHref(href)) return text;
  return `<a href="${escapeHtml(href)}" target="_blank" rel="noopener noreferrer">${text}</a>`;
}

/**
 * Code spans and links become placeholders first, so emphasis never reaches into a URL or
 * code; the rest is escaped, emphasised, and the placeholders put back.
 */
export function renderInline(text: string, options: RenderOptions = {}): string {
  const held: string[] = [];
  const hold = (html: string) => `\u0000${held.push(html) - 1}\u0000`;
  let s = text.replace(/\u0000/g, "");
  s = s.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_, _ticks: string, code: string) => hold(`<code>${escapeHtml(code.trim() || code)}</code>`));
  // The author's own tags and entities, kept whole (links and emphasis never reach into them).
  if (options.allowHtml) s = s.replace(/<\/?[a-zA-Z][^<>]*>|<!--[\s\S]*?-->|&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);/g, hold);
  // The target may hold one level of balanced parentheses, as in wiki URLs.
  s = s.replace(/\[([^\]\n]+)\]\(\s*<?((?:[^()\s<>]|\([^()\s<>]*\))+)>?(?:\s+"[^"]*")?\s*\)/g, (_, label: string, href: string) =>
    hold(link(href, emphasis(escapeHtml(label)))),
  );
  s = s.replace(/\b(?:https?:\/\/|mailto:)[^\s<>()]*[^\s<>().,;:!?'"]/g, (url) => hold(link(url, escapeHtml(url))));
  s = emphasis(escapeHtml(s)).replace(/ {2,}\n/g, "<br>");
  // A held link may hold a code span: put back until none is left.
  while (s.includes("\u0000")) s = s.replace(/\u0000(\d+)\u0000/g, (_, n: string) => held[Number(n)]!);
  return s;
}

function emphasis(s: string): string {
  return s
    .replace(/\*\*(?=\S)([\s\S]*?\S)\*\*/g, "<strong>$1</strong>")
    .replace(/(^|[^\w])__(?=\S)([\s\S]*?\S)__(?!\w)/g, "$1<strong>$2</strong>")
    .replace(/\*(?=[^\s*])([\s\S]*?[^\s*])\*/g, "<em>$1</em>")
    .replace(/(^|[^\w])_(?=[^\s_])([\s\S]*?[^\s_])_(?!\w)/g, "$1<em>$2</em>")
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, "<del>$1</del>");
}
