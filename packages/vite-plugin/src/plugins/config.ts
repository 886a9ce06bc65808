import type { Plugin } from "vite";
import type { PluginAPI } from "../api.ts";
import { resolveOptions, type RivuletOptions } from "../options.ts";
import { OWN_SPECIFIERS } from "../own-packages.ts";

/** Resolves the plugin options once Vite knows its root, and keeps our packages external for server code. */
export function configPlugin(api: PluginAPI, options: RivuletOptions): Plugin {
  return {
    name: "rivulet:config",
    config(_, { command }) {
      // In dev the script shares the server's runtime; a build bundles its own (rivulet:build).
      if (command === "serve") return { ssr: { external: [...OWN_SPECIFIERS] } };
    },
    configResolved(config) {
      api.options = resolveOptions(options, config.root, config.base);
    },
  };
}
