// Compiles a script and loads it in this Node process, for AppTest and tools that run scripts
// without Vite. The module is imported from a data: URL; its imports are rewritten to absolute
// URLs first (a data: URL cannot resolve relative or bare specifiers), and "rivulet" resolves
// to this very package, so the script and its host share one runtime instance.

import { dirname, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { compile } from "@rivulet/compiler";
import type { Diagnostic, LoadedScript, ScriptModule } from "@rivulet/runtime";
import { stackMapper } from "./stackMapper.ts";

export type LoadResult =
  | { ok: true; script: LoadedScript; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

export async function loadScript(source: string, file: string): Promise<LoadResult> {
  const absolute = resolve(file);
  const compiled = compile(source, { filename: absolute, rewriteImport: (spec) => resolveImport(spec, absolute) });
  const errors = compiled.diagnostics.filter((d) => d.severity === "error");
  if (compiled.code === null || errors.length > 0) return { ok: false, diagnostics: compiled.diagnostics };
  const url = `data:text/javascript;base64,${Buffer.from(compiled.code).toString("base64")}`;
  const module = (await import(url)) as ScriptModule;
  const fixStack = compiled.map === null ? undefined : stackMapper(url, compiled.map, absolute);
  return {
    ok: true,
    script: { run: module.default, file: absolute, ...(fixStack ? { fixStack } : {}) },
    diagnostics: compiled.diagnostics,
  };
}

function resolveImport(spec: string, importer: string): string {
  if (spec.startsWith(".") || spec.startsWith("/")) return pathToFileURL(resolve(dirname(importer), spec)).href;
  if (spec.startsWith("node:") || /^[a-z]+:/.test(spec)) return spec;
  return import.meta.resolve(spec);
}
