// Compiles a script and loads it in this thread: AppTest and tools that run scripts without Vite.

import type { Diagnostic, LoadedScript } from "@rivulet/runtime";
import { compileScript, type ScriptCompileOptions } from "./compileScript.ts";
import { importScript } from "./importScript.ts";

export type LoadResult =
  | { ok: true; script: LoadedScript; diagnostics: Diagnostic[] }
  | { ok: false; diagnostics: Diagnostic[] };

export async function loadScript(source: string, file: string, options: ScriptCompileOptions = {}): Promise<LoadResult> {
  const result = compileScript(source, file, options);
  if (!result.ok) return result;
  return { ok: true, script: await importScript(result.compiled), diagnostics: result.diagnostics };
}
