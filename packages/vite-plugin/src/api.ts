import type { ResolvedOptions } from "./options.ts";

/**
 * State shared by the `rivulet:*` plugins, one object per `rivulet()` call
 * (vite-plugin-svelte's PluginAPI). `rivulet:config` sets `options` in `configResolved`,
 * before any other hook reads it.
 */
export class PluginAPI {
  #options: ResolvedOptions | undefined;

  get options(): ResolvedOptions {
    if (!this.#options) throw new Error("rivulet: plugin options read before Vite resolved its config");
    return this.#options;
  }

  set options(options: ResolvedOptions) {
    this.#options = options;
  }
}
