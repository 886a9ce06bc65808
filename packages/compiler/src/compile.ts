// compile(): chains the phases. Pure and synchronous: source in, code + map + diagnostics out.
// It never throws: whatever a phase throws is reported as a diagnostic on the file (the stack
// running out on deeply nested code as `nested_too_deeply`, anything else as `internal_error`),
// so that a build or `rivulet check` reports it and goes on to the next file.
import type * as t from "@babel/types";
import type { Diagnostic } from "@rivulet/runtime/protocol";
import { d } from "./diagnostics/index.ts";
import { parse } from "./phases/1-parse/parse.ts";
import { analyze, type Analysis } from "./phases/2-analyze/index.ts";
import { pageSpecifier } from "./phases/2-analyze/page-files.ts";
import { transform } from "./phases/3-transform/index.ts";
import { decode, withoutBom } from "./utils/decode.ts";
import { deepestBracket, deepestNode } from "./utils/deepest.ts";
import { installLinearBindings } from "./utils/linear-bindings.ts";
import { moduleTag } from "./utils/module-tag.ts";
import { SourceFile } from "./utils/source-file.ts";

// Scope crawls linear in the references of a binding (utils/linear-bindings.ts says why).
installLinearBindings();

export interface CompileOptions {
  filename: string;
  /** Rewrites an import's source, e.g. "rivulet" → a file URL; identity when absent. */
  rewriteImport?: (source: string) => string;
  /**
   * Magic, as Streamlit's: a bare expression statement (`df`, `` `## ${title}` ``) is written
   * with st.write. On unless false.
   */
  magic?: boolean;
  /**
   * `script` (the default): the app's entry, whose top-level statements become the run
   * function. `page`: a page file (`st.Page("pages/orders.ts")`), a script of its own whose
   * site ids carry a tag of `filename` (its widgets are written in the same runs as the entry's).
   * `library`: another module of the app that imports rivulet, compiled in place (its exports
   * kept, no magic), its site ids tagged too, each of its functions taking the run it is called
   * in when it is entered (docs/architecture.md, "Apps of many modules"). A library module that
   * does not import rivulet is only stripped of its types.
   */
  mode?: CompileMode;
  /**
   * The files of the entry's `pages/` folder, relative to the entry's folder (`pages/1_orders.ts`),
   * as the host lists them: an entry that never calls st.navigation is then the main page of an
   * app of those pages, Streamlit's `pages/` convention. Script mode only.
   */
  pagesFolder?: readonly string[];
}

export type CompileMode = "script" | "page" | "library";

export interface CompileResult {
  /** Null when the script cannot be compiled (then `diagnostics` holds the error that says why). */
  code: string | null;
  /** Source map v3 from `code` back to the script (`sources` holds `filename`, with its content). */
  map: object | null;
  /** Errors and warnings, sorted by position. Code is produced even when there are errors. */
  diagnostics: Diagnostic[];
  /**
   * The modules it imports, as written (static imports, `export ... from`, `import()` of a
   * literal, and its page files as `./pages/x.ts?rivulet-page`), before `rewriteImport`; empty
   * when it does not parse.
   */
  imports: string[];
}

/** `input`: the script's text, or its bytes as read from its file (UTF-8, checked). */
export function compile(input: string | Uint8Array, options: CompileOptions): CompileResult {
  const decoded = typeof input === "string" ? ({ ok: true, text: withoutBom(input) } as const) : decode(input);
  const source = decoded.text;
  const file = new SourceFile(options.filename, source);
  if (!decoded.ok) {
    const at = file.spanOfRange(decoded.offset, decoded.offset);
    return { code: null, map: null, imports: [], diagnostics: [d.invalid_encoding(at, { byte: decoded.byte.toString(16).toUpperCase().padStart(2, "0") })] };
  }
  let ast: t.File | null = null;
  try {
    const parsed = parse(source, options.filename);
    if (!parsed.ok) return { code: null, map: null, imports: [], diagnostics: parsed.diagnostics };
    ast = parsed.ast;
    const mode = options.mode ?? "script";
    const analysis = analyze(parsed.ast, file, { mode, magic: mode !== "library" && (options.magic ?? true), appMagic: options.magic ?? true, sitePrefix: mode === "script" ? "" : `${moduleTag(options.filename)}:` });
    const pagesFolder = mode === "script" && options.pagesFolder !== undefined && options.pagesFolder.length > 0 && !callsNavigation(analysis) ? { entry: basename(options.filename), pages: options.pagesFolder } : null;
    const { code, map } = transform(parsed.ast, file, analysis, { mode, rewriteImport: options.rewriteImport ?? ((s) => s), pagesFolder, appMagic: options.magic ?? true });
    const folderImports = pagesFolder === null ? [] : pagesFolder.pages.map((page) => pageSpecifier(page, options.magic ?? true));
    return { code, map, diagnostics: analysis.diagnostics, imports: [...analysis.moduleImports, ...folderImports] };
  } catch (error) {
    return { code: null, map: null, imports: [], diagnostics: [failure(error, file, ast)] };
  }
}

/** An app that calls st.navigation lists its pages itself: a `pages/` folder is not its (as in Streamlit). */
function callsNavigation(analysis: Analysis): boolean {
  for (const call of analysis.calls.values()) if (call.method === "navigation") return true;
  return false;
}

function basename(filename: string): string {
  return filename.split(/[\\/]/).pop() ?? filename;
}

/** What a phase threw, as a diagnostic on the file. */
function failure(error: unknown, file: SourceFile, ast: t.File | null): Diagnostic {
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    const deepest = ast === null ? deepestBracket(file.source) : deepestNode(ast);
    // Few brackets deep, and the parser still ran out: a long operator or `else if` chain
    // (the parser recurses on each link), likely on the longest line.
    if (ast === null && deepest.depth < 100) {
      const line = file.longestLine();
      return d.nested_too_deeply(file.spanOfRange(line, line), { what: "an operator or `else if` chain too long to parse" });
    }
    return d.nested_too_deeply(file.spanOfRange(deepest.start, deepest.start), { what: `${deepest.depth.toLocaleString("en-US")} levels deep` });
  }
  const reason = error instanceof Error ? `${error.name}: ${withoutFile(error.message.split("\n")[0]!, file.file).slice(0, 200)}` : String(error).slice(0, 200);
  const at = (error as { loc?: { line: number; column: number } } | null)?.loc;
  const span = at ? { file: file.file, source: file.source, start: at, end: at } : file.spanOfRange(0, 0);
  return d.internal_error(span, { reason });
}

/** Babel starts its errors with the file's path: the diagnostic names the file already. */
function withoutFile(message: string, filename: string): string {
  const name = `${filename.split(/[\\/]/).pop()}: `;
  const at = message.indexOf(name);
  return at !== -1 && !message.slice(0, at).includes(" ") ? message.slice(at + name.length) : message;
}
