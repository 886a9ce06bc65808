// Streamlit's `clean_text`: `textwrap.dedent(str(text)).strip()`, applied to the body of every
// text element before it goes out, so Markdown indented inside a template string renders as
// written (`st.markdown(\`
//     ## Sales
//     Up 3%\`)` is a heading and a paragraph, not code).

/** The text as Streamlit sends it: dedented as Python's textwrap.dedent does, then stripped. */
export function cleanText(text: unknown): string {
  const string = String(text);
  // One line has no margin to take off: only the strip applies.
  return (string.includes("\n") ? dedent(string) : string).replace(/^[\s\u0085]+|[\s\u0085]+$/g, "");
}

/**
 * Python's textwrap.dedent: lines of only spaces and tabs become empty; the longest run of
 * spaces and tabs that every other line starts with (character for character: a tab is not a
 * space) is taken off them all.
 */
export function dedent(text: string): string {
  const lines = text.split("\n").map((line) => (/^[ \t]+$/.test(line) ? "" : line));
  let margin: string | null = null;
  for (const line of lines) {
    if (line === "") continue;
    const indent = /^[ \t]*/.exec(line)![0];
    if (margin === null) margin = indent;
    else {
      let i = 0;
      while (i < margin.length && i < indent.length && margin[i] === indent[i]) i++;
      margin = margin.slice(0, i);
    }
    if (margin === "") break;
  }
  if (!margin) return lines.join("\n");
  const cut = margin.length;
  return lines.map((line) => (line === "" ? line : line.slice(cut))).join("\n");
}
