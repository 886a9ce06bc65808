import path from "node:path";
import type { Plugin } from "vite";
import type { PluginAPI } from "../api.ts";
import { cleanId } from "../utils/ids.ts";

/** Files that hold secrets: never served, whatever the project serves. */
export const SECRET_FILES = ["**/.rivulet/**", "**/.streamlit/**", "**/secrets.toml"];

/**
 * Keeps what runs on the server off the network in dev. The script (and its secrets) is the
 * server's: the client environment refuses to load it in any form (`/app.ts`, `?raw`,
 * `/@fs/...`), and the secrets files join Vite's `server.fs.deny`. (When the dev server serves
 * only the app, rivulet:serve-ui refuses everything else as well.) A `pre` plugin: Vite's own
 * asset plugin would answer `?raw` first.
 */
export function guardPlugin(api: PluginAPI): Plugin {
  return {
    name: "rivulet:guard",
    enforce: "pre",
    apply: "serve",
    config(config) {
      return { server: { fs: { deny: [...(config.server?.fs?.deny ?? [".env", ".env.*", "*.{crt,pem}", "**/.git/**"]), ...SECRET_FILES] } } };
    },
    load(id) {
      if (this.environment.name !== "client") return null;
      if (cleanId(id) === api.options.entryFile) {
        this.error(`${path.basename(api.options.entryFile)} is the app's script: it runs on the server and is not served to browsers.`);
      }
      return null;
    },
  };
}
