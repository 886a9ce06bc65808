import type { Plugin } from "vite";
import type { PluginAPI } from "../api.ts";
import { DevSessions } from "../server/dev-sessions.ts";

/** Hosts the app's sessions on the dev server's WebSocket and reruns them when the script changes. */
export function sessionsPlugin(api: PluginAPI): Plugin {
  let sessions: DevSessions | undefined;
  return {
    name: "rivulet:sessions",
    apply: "serve",
    configureServer(server) {
      const { httpServer } = server;
      if (!httpServer) {
        // Middleware mode: the WebSocket upgrade belongs to the user's own server.
        server.config.logger.warn("[rivulet] no sessions: Vite runs in middleware mode, which the plugin does not support yet");
        return;
      }
      const current = new DevSessions(server, httpServer, api.options);
      sessions = current;
      httpServer.once("close", () => void current.close());
    },
    hotUpdate({ file, type }) {
      // Every environment sees every change; the script lives in the ssr one. Its modules
      // are ours to reload: no update for Vite to propagate (and log) in that environment.
      if (this.environment.name !== "ssr" || !sessions) return;
      if (sessions.onFileEvent(file, type)) return [];
    },
  };
}
