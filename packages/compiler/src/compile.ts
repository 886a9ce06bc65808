// compile(): chains the phases. Pure and synchronous: source in, code + map + diagnostics out.
import type { Diagnostic } from "@rivulet/runtime/protocol";
import { parse } from "./phases/1-parse/parse.ts";
import { analyze } from "./phases/2-analyze/index.ts";
import { transform } from "./phases/3-transform/index.ts";
import { SourceFile } from "./utils/source-file.ts";

export interface CompileOptions {
  filename: string;
  /** Rewrites an import's source, e.g. "rivulet" → a file URL; identity when absent. */
  rewriteImport?: (source: string) => string;
  /**
   * Magic, as Streamlit's: a bare expression statement (`df`, `` `## ${title}` ``) is written
   * with st.write. On unless false.
   */
  magic?: boolean;
}

export interface CompileResult {
  /** Null only when the script does not parse (then `diagnostics` holds a `syntax_error`). */
  code: string | null;
  /** Source map v3 from `code` back to the script (`sources` holds `filename`, with its content). */
  map: object | null;
  /** Errors and warnings, sorted by position. Code is produced even when there are errors. */
  diagnostics: Diagnostic[];
}

export function compile(source: string, options: CompileOptions): CompileResult {
  const file = new SourceFile(options.filename, source);
  const parsed = parse(source, options.filename);
  if (!parsed.ok) return { code: null, map: null, diagnostics: [parsed.diagnostic] };
  const analysis = analyze(parsed.ast, file, { magic: options.magic ?? true });
  const { code, map } = transform(parsed.ast, file, analysis, options.rewriteImport ?? ((s) => s));
  return { code, map, diagnostics: analysis.diagnostics };
}
