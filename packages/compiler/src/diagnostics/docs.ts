// Renders docs/diagnostics.md from the catalogue (scripts/generate-docs.ts writes it; a test
// fails when the committed file differs from this output).
import { catalogue, type CatalogueEntry } from "./catalogue.ts";

function section(code: string, entry: CatalogueEntry): string {
  const head = [`## \`${code}\``, "", ...said(entry), entry.why, ""];
  if (entry.unsampled !== undefined) return [...head, `**Fix.** ${entry.fix}`, ""].join("\n");
  return [...head, "```ts", shown(entry.example), "```", "", `**Fix.** ${entry.fix}`, "", "```ts", shown(entry.fixed), "```", ""].join("\n");
}

/** What the compiler reports and what a run raises, each a paragraph. */
function said(entry: CatalogueEntry): string[] {
  const lines: string[] = [];
  if (entry.severity !== undefined) lines.push(`**${entry.severity}**: ${placeholders(entry.message)}`, "");
  if (entry.raises !== undefined) lines.push(`**raises when it runs**: ${placeholders(entry.raises)}`, "");
  return lines;
}

function placeholders(message: string): string {
  // Braces, not angle brackets: Markdown would read `<name>` as an HTML tag and drop it.
  return message.replace(/%(\w+)%/g, "{$1}");
}

/** An example as the docs show it: a line too long to read (nested_too_deeply's) is cut. */
function shown(example: string): string {
  const MAX = 100;
  return example
    .trimEnd()
    .split("\n")
    .map((line) => (line.length > MAX ? `${line.slice(0, MAX)}… (${line.length.toLocaleString("en-US")} characters)` : line))
    .join("\n");
}

export function renderDiagnosticsDocs(): string {
  const header = [
    "<!-- Generated from packages/runtime/src/errors/catalogue.ts by",
    "     `npx tsx packages/compiler/scripts/generate-docs.ts`. Do not edit by hand. -->",
    "",
    "# Diagnostics",
    "",
    "The compiler reports these diagnostics (`rivulet check`, the Vite overlay, `vite build`).",
    "Errors fail a build; warnings (likely bugs) and info (notes on where Rivulet differs from",
    "Streamlit) do not. Codes are stable.",
    "",
    "A run raises `RivuletAPIError` where Streamlit raises `StreamlitAPIException`; the error",
    "carries one of these codes (`error.code`), the page shows it with a link here, and a",
    "mistake the compiler can also see has the same code as its diagnostic.",
    "",
    "To silence one diagnostic, put `// rivulet-ignore <code>` on the line before it, or at the",
    "end of its line (several codes may be separated by spaces or commas). A reason may follow",
    "after ` -- ` or a colon: `// rivulet-ignore rerun_unconditional -- reruns until loaded`.",
    "Block comments (`/* */`, `/** */`) work too.",
    "",
  ].join("\n");
  const sections = Object.entries(catalogue).map(([code, entry]) => section(code, entry));
  return `${header}\n${sections.join("\n")}`;
}
