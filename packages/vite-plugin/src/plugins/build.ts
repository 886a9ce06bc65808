import { readFile } from "node:fs/promises";
import path from "node:path";
import { compile } from "@rivulet/compiler";
import { uiDistDir } from "@rivulet/ui";
import type { Plugin } from "vite";
import type { PluginAPI } from "../api.ts";
import { hasOwnIndexHtml, type RivuletOptions } from "../options.ts";
import { OWN_SPECIFIERS } from "../own-packages.ts";
import { sortDiagnostics, toRollupError } from "../utils/diagnostics.ts";
import { listFiles } from "../utils/list-files.ts";

/** Where `vite build` of a Rivulet-only project puts the app: the script for the server, the page for browsers. */
export const BUILD_LAYOUT = { server: "server/app.js", client: "client/" } as const;

/**
 * `vite build`. A project that is only a Rivulet app (no index.html of its own) builds the
 * script for the server: `dist/server/app.js` (our packages stay external imports) and the
 * app page in `dist/client/`. A project with its own page keeps its client build; the
 * script is compiled as a check and the app page is added under the plugin's base.
 * Either way an error diagnostic fails the build.
 */
export function buildPlugin(api: PluginAPI, options: RivuletOptions): Plugin {
  let serverBuild = false;
  return {
    name: "rivulet:build",
    apply: "build",
    config(config) {
      const root = path.resolve(config.root ?? process.cwd());
      serverBuild = !hasOwnIndexHtml(root) && !config.build?.ssr && !config.build?.rolldownOptions?.input;
      if (!serverBuild) return;
      return {
        build: {
          ssr: path.resolve(root, options.entry),
          rolldownOptions: {
            // Bare in the output, so the production server's own runtime instance serves the script.
            external: [...OWN_SPECIFIERS],
            output: { entryFileNames: BUILD_LAYOUT.server, chunkFileNames: "server/chunks/[name]-[hash].js" },
          },
        },
      };
    },
    async buildStart() {
      // A server build compiles the entry in rivulet:compile's transform; a client build never imports it.
      if (serverBuild) return;
      const { entryFile } = api.options;
      this.addWatchFile(entryFile);
      const result = compile(await readFile(entryFile, "utf8"), { filename: entryFile });
      const { errors, warnings } = sortDiagnostics(result.diagnostics);
      for (const warning of warnings) this.warn(toRollupError(warning));
      const [first, ...rest] = errors;
      if (first) this.error(toRollupError(first, rest));
    },
    async generateBundle() {
      const prefix = serverBuild ? BUILD_LAYOUT.client : api.options.base.replace(/^\//, "");
      for (const file of await listFiles(uiDistDir)) {
        this.emitFile({ type: "asset", fileName: `${prefix}${file}`, source: await readFile(path.join(uiDistDir, file)) });
      }
    },
  };
}
