import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { AppServer, AppServerOptions, Logger } from "@rivulet/server/production";
import { DIST } from "@rivulet/server/production";
import type { Plugin } from "vite";
import type { PluginAPI } from "../api.ts";

/**
 * `vite preview` of an app-only project serves the built app with its sessions, through the
 * production server the build bundled (the same code `node dist/server.js` runs): it answers
 * every request, so Vite's static serving of `dist/` never hands out the server's files.
 */
export function previewPlugin(api: PluginAPI): Plugin {
  return {
    name: "rivulet:preview",
    async configurePreviewServer(server) {
      const { config } = server;
      if (!api.options.appOnly) {
        config.logger.warn("[rivulet] vite preview serves this project's own pages, not the app's sessions: build the app with `rivulet build` and serve it with `rivulet serve`.");
        return;
      }
      const dir = path.resolve(config.root, config.build.outDir);
      const production = path.join(dir, DIST.production);
      if (!existsSync(production)) {
        config.logger.warn(`[rivulet] ${path.relative(config.root, dir)} holds no built app: run \`vite build\` first (or serve it with \`rivulet serve\`).`);
        return;
      }
      const logger: Logger = (level, msg, fields) => {
        const line = `[rivulet] ${msg}${fields && Object.keys(fields).length ? ` ${JSON.stringify(fields)}` : ""}`;
        if (level === "info") config.logger.info(line, { timestamp: true });
        else config.logger[level](line, { timestamp: true });
      };
      const { createAppServer } = (await import(pathToFileURL(production).href)) as { createAppServer: (options: AppServerOptions) => Promise<AppServer> };
      const { allowedHosts } = config.preview;
      const app = await createAppServer({
        dir,
        base: api.options.base,
        allowedHosts: allowedHosts === true ? true : [...allowedHosts],
        allowedOrigins: api.options.transport.allowedOrigins === "*" ? "*" : [...api.options.transport.allowedOrigins],
        disconnectedSessionTTL: api.options.transport.disconnectedSessionTTL,
        limits: api.options.transport.limits,
        stuckAfterSeconds: api.options.stuckAfterSeconds,
        log: logger,
      });
      server.middlewares.use((req, res) => app.handle(req, res));
      if (server.httpServer) app.attach(server.httpServer as Parameters<AppServer["attach"]>[0]);
      server.httpServer?.once("close", () => void app.close());
    },
  };
}
