// Phase 3: the analysed AST → a run-function module (ES2022) and a source map to the script.
import explicitResourceManagement from "@babel/plugin-transform-explicit-resource-management";
import typescript from "@babel/plugin-transform-typescript";
import type * as t from "@babel/types";
import type { SourceFile } from "../../utils/source-file.ts";
import type { CompileMode } from "../../compile.ts";
import type { Analysis } from "../2-analyze/index.ts";
import { runPlugins, type BabelPlugin } from "./babel-plugins.ts";
import { dataSupportPlugin } from "./data-support.ts";
import { mentionsGeneratedName } from "./free-run-handle.ts";
import { rivuletPlugin } from "./plugin.ts";
import type { PagesFolder } from "./state.ts";

function importsRivulet(analysis: Analysis): boolean {
  return analysis.imports.namespaces.size > 0 || analysis.imports.named.size > 0;
}

export interface TransformResult {
  code: string;
  map: object;
}

export interface TransformOptions {
  mode: CompileMode;
  rewriteImport: (source: string) => string;
  pagesFolder: PagesFolder | null;
  /** Whether the app has magic: its page files' imports say when it has not. */
  appMagic: boolean;
}

export function transform(ast: t.File, file: SourceFile, analysis: Analysis, options: TransformOptions): TransformResult {
  // One traversal, in this order: TypeScript's types go, then `using` and `await using` (which
  // Node 20 does not know) become try/finally blocks, then ours, then the data support's import
  // for a module that may write data. Phase 2's analysis is keyed by these very nodes: the AST
  // is changed in place, not cloned.
  return runPlugins(
    ast,
    [
      typescript as unknown as BabelPlugin,
      explicitResourceManagement as unknown as BabelPlugin,
      // A library module that does not import rivulet has nothing of ours: it only loses its types.
      ...(options.mode === "library" && !importsRivulet(analysis)
        ? []
        : [rivuletPlugin({ analysis, ...options, mentionsRunHandle: mentionsGeneratedName(file.source), pageFiles: [], done: new WeakSet() })]),
      ...(analysis.writesData ? [dataSupportPlugin(options.rewriteImport)] : []),
    ],
    { file: file.file, source: file.source },
  );
}
