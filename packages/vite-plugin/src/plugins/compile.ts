import { readFileSync } from "node:fs";
import { compile, type CompileMode } from "@rivulet/compiler";
import { compileModeOf, isAppModuleFile, pagesFolderFiles } from "@rivulet/server";
import type { Plugin, Rollup } from "vite";
import type { PluginAPI } from "../api.ts";
import { sortDiagnostics, toRollupError } from "../utils/diagnostics.ts";
import { cleanId } from "../utils/ids.ts";

/**
 * Compiles the entry script into a run function, each page file (`st.Page("pages/x.ts")`) into
 * a run function of its own, and every other module of the app that imports rivulet in library mode (site ids, checkpoints, its functions bound to the run they
 * are called in). Runs before Vite's own TypeScript transform so diagnostics point at the
 * source as written. An error diagnostic fails the transform: Vite shows it in the overlay in
 * dev and `vite build` stops on it.
 */
export function compilePlugin(api: PluginAPI): Plugin {
  return {
    name: "rivulet:compile",
    enforce: "pre",
    transform(source, id) {
      const file = cleanId(id);
      const mode = modeOf(id, file, source, api.options.entryFile, this.environment.config.consumer);
      if (mode === null) return null;
      // Vite hands over the file decoded, bytes that are not UTF-8 replaced by U+FFFD: the
      // compiler reads the bytes themselves then, to report them.
      const input = source.includes("\uFFFD") ? readFileSync(file) : source;
      const result = compile(input, { filename: file, mode, magic: api.options.magic, ...(mode === "script" ? { pagesFolder: pagesFolderFiles(file) } : {}) });
      const { errors, warnings } = sortDiagnostics(result.diagnostics);
      for (const warning of warnings) this.warn(toRollupError(warning));
      const [first, ...rest] = errors;
      if (first) this.error(toRollupError(first, rest));
      if (result.code === null) this.error(`rivulet: the compiler returned no code for ${id} and reported no error`);
      return { code: result.code, map: result.map as Rollup.SourceMapInput };
    },
  };
}

/**
 * How a module is compiled, or null when it is not: the entry is the script; a page file (the
 * compiler imports it with `?rivulet-page`) is a page; another module of the app's server side
 * (not a dependency's, not the browser's) that imports rivulet is a library.
 */
function modeOf(id: string, file: string, source: string, entryFile: string, consumer: "client" | "server"): CompileMode | null {
  if (file === entryFile) return "script";
  if (consumer !== "server" || file.startsWith("\0") || !isAppModuleFile(file)) return null;
  return compileModeOf(id.slice(file.length), source);
}
