// The diagnostics reference as a page beside the app, `<base>_rivulet/diagnostics.html`: the
// page links a RivuletAPIError's code to its entry here (`#<code>`, packages/ui/src/diagnostics.ts),
// so the reference a user reads is the one of the version they run, with no site to reach. The
// dev server serves it (serve-ui.ts); a build writes it with the page's files (build.ts), so any
// host of the page, the production server included, serves it as a file. It is
// docs/diagnostics.md, rendered from the same catalogue by marked (the Markdown library the page
// itself uses).

import { renderDiagnosticsDocs } from "@rivulet/compiler/docs";
import { Marked, type Tokens } from "marked";

/** The reference's file under the app's base. */
export const DIAGNOSTICS_FILE = "_rivulet/diagnostics.html";

let page: string | undefined;

/** The page's HTML: rendered once, on first request. */
export function diagnosticsPage(): string {
  page ??= render();
  return page;
}

function render(): string {
  const marked = new Marked({
    renderer: {
      // Each entry's heading is its code: its anchor is the code too.
      heading({ tokens, depth, text }: Tokens.Heading): string {
        const id = text.replace(/`/g, "");
        const anchor = depth === 2 ? ` id="${id.replace(/[^a-z0-9_]/g, "")}"` : "";
        return `<h${depth}${anchor}>${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
    },
  });
  const body = marked.parse(renderDiagnosticsDocs().replace(/^<!--[\s\S]*?-->\n/, ""), { async: false });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rivulet diagnostics</title>
<style>
  body { max-width: 46rem; margin: 2rem auto; padding: 0 1rem; font: 16px/1.6 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #262730; }
  h2 { margin-top: 2.5rem; padding-top: 0.5rem; border-top: 1px solid #e6e6ea; }
  h2:target { background: #fff8db; }
  code, pre { font-family: ui-monospace, "Source Code Pro", monospace; font-size: 0.875em; }
  pre { padding: 0.75rem; border-radius: 0.25rem; background: #f0f2f6; overflow-x: auto; }
  :not(pre) > code { padding: 0.1em 0.25em; border-radius: 0.25rem; background: #f0f2f6; }
  @media (prefers-color-scheme: dark) {
    body { background: #0e1117; color: #fafafa; }
    h2 { border-top-color: #31333f; }
    h2:target { background: #3d3a1e; }
    pre, :not(pre) > code { background: #262730; }
  }
</style>
</head>
<body>
${body}</body>
</html>
`;
}
