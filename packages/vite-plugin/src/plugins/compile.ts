import { readFileSync } from "node:fs";
import { compile } from "@rivulet/compiler";
import type { Plugin, Rollup } from "vite";
import type { PluginAPI } from "../api.ts";
import { sortDiagnostics, toRollupError } from "../utils/diagnostics.ts";
import { cleanId } from "../utils/ids.ts";

/**
 * Compiles the entry script into a run function. Runs before Vite's own TypeScript
 * transform so diagnostics point at the source as written. An error diagnostic fails the
 * transform: Vite shows it in the overlay in dev and `vite build` stops on it.
 */
export function compilePlugin(api: PluginAPI): Plugin {
  return {
    name: "rivulet:compile",
    enforce: "pre",
    transform(source, id) {
      if (cleanId(id) !== api.options.entryFile) return null;
      // Vite hands over the file decoded, bytes that are not UTF-8 replaced by U+FFFD: the
      // compiler reads the bytes themselves then, to report them.
      const input = source.includes("\uFFFD") ? readFileSync(api.options.entryFile) : source;
      const result = compile(input, { filename: api.options.entryFile, magic: api.options.magic });
      const { errors, warnings } = sortDiagnostics(result.diagnostics);
      for (const warning of warnings) this.warn(toRollupError(warning));
      const [first, ...rest] = errors;
      if (first) this.error(toRollupError(first, rest));
      if (result.code === null) this.error(`rivulet: the compiler returned no code for ${id} and reported no error`);
      return { code: result.code, map: result.map as Rollup.SourceMapInput };
    },
  };
}
