import type { Plugin } from "vite";
import { PluginAPI } from "./api.ts";
import type { RivuletOptions } from "./options.ts";
import { buildPlugin } from "./plugins/build.ts";
import { compilePlugin } from "./plugins/compile.ts";
import { configPlugin } from "./plugins/config.ts";
import { guardPlugin } from "./plugins/guard.ts";
import { previewPlugin } from "./plugins/preview.ts";
import { serveUiPlugin } from "./plugins/serve-ui.ts";
import { sessionsPlugin } from "./plugins/sessions.ts";

export type { RivuletOptions } from "./options.ts";

/** The Rivulet Vite plugin: `plugins: [rivulet({ entry: "app.ts" })]`. */
export function rivulet(options: RivuletOptions): Plugin[] {
  const api = new PluginAPI();
  return [
    configPlugin(api, options),
    compilePlugin(api),
    // Before serve-ui: the sessions' media files (`_rivulet/media/`) are answered before the page's routes.
    sessionsPlugin(api),
    serveUiPlugin(api),
    guardPlugin(api),
    buildPlugin(api, options),
    previewPlugin(api),
  ];
}

export default rivulet;
