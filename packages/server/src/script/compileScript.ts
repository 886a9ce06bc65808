// Compiles a script for loading in a Node thread without Vite. Imports are rewritten to absolute
// URLs (the module is imported from a data: URL, which cannot resolve relative or bare
// specifiers); "rivulet" resolves to the installed package, so the script and its host share
// one runtime instance.

import { dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { compile, type CompileOptions } from "@rivulet/compiler";
import type { Diagnostic } from "@rivulet/runtime";
import { PAGE_QUERY } from "@rivulet/runtime/internal";
import { needsModuleHooks, pagesFolderFiles, splitQuery } from "./appModules.ts";

/** A compiled script, ready for `importScript` (in this thread or a worker). */
export interface CompiledScript {
  file: string;
  code: string;
  map: object | null;
  /** It imports modules of the app that the module hooks compile (./registerModuleHooks.ts). */
  importsAppModules?: boolean;
}

export type CompileScriptResult =
  | { ok: true; compiled: CompiledScript; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

/** How a script is compiled: the compiler's options that are the script author's to choose. */
export type ScriptCompileOptions = Pick<CompileOptions, "magic">;

export function compileScript(source: string, file: string, options: ScriptCompileOptions = {}): CompileScriptResult {
  const absolute = resolve(file);
  const result = compile(source, { ...options, filename: absolute, rewriteImport: (spec) => resolveImport(spec, absolute), pagesFolder: pagesFolderFiles(absolute) });
  const failed = result.code === null || result.diagnostics.some((d) => d.severity === "error");
  if (failed || result.code === null) return { ok: false, diagnostics: result.diagnostics };
  const importsAppModules = needsModuleHooks(result.imports, absolute) || pagesFolderFiles(absolute).length > 0 || result.code.includes(`?${PAGE_QUERY}`);
  return { ok: true, compiled: { file: absolute, code: result.code, map: result.map, importsAppModules }, diagnostics: result.diagnostics };
}

function resolveImport(spec: string, importer: string): string {
  if (spec.startsWith(".") || spec.startsWith("/")) {
    // A query (`?rivulet-page`) is the module's, not the path's.
    const { path, query } = splitQuery(spec);
    return pathToFileURL(resolve(dirname(importer), path)).href + query;
  }
  if (spec.startsWith("node:") || /^[a-z]+:/.test(spec)) return spec;
  return import.meta.resolve(spec);
}
