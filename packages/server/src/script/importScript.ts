// Imports a compiled script in this thread. Kept apart from the compiler: session workers
// import scripts compiled by the main thread and never load Babel.

import { preloadPages, type LoadedScript, type ScriptModule } from "@rivulet/runtime";
import type { CompiledScript } from "./compileScript.ts";
import { registerModuleHooks } from "./registerModuleHooks.ts";
import { stackMapper } from "./stackMapper.ts";

export async function importScript(compiled: CompiledScript): Promise<LoadedScript> {
  // The script's own modules are compiled as they are imported.
  if (compiled.importsAppModules === true) registerModuleHooks();
  const url = `data:text/javascript;base64,${Buffer.from(compiled.code).toString("base64")}`;
  const module = (await import(url)) as ScriptModule;
  const fixStack = compiled.map === null ? undefined : stackMapper(url, compiled.map, compiled.file);
  return { run: module.default, file: compiled.file, ...(fixStack ? { fixStack } : {}), pages: await preloadPages(module) };
}
