import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Connect, Plugin } from "vite";
import { uiDistDir } from "@rivulet/ui";
import type { PluginAPI } from "../api.ts";
import { OVERLAY_EVENTS } from "../server/overlay.ts";
import { findStaticFile, sendFile, sendHtml } from "../utils/static-files.ts";

const OVERLAY_CLIENT_ID = "virtual:rivulet/overlay-client";
const RESOLVED_OVERLAY_CLIENT_ID = `\0${OVERLAY_CLIENT_ID}`;

/**
 * Serves the prebuilt app page (`@rivulet/ui`'s dist) at the plugin's base in dev. The page
 * is served as built, not through Vite's HTML pipeline; in dev it also loads Vite's client
 * and a small module that lets the error overlay show and clear script errors.
 */
export function serveUiPlugin(api: PluginAPI): Plugin {
  return {
    name: "rivulet:serve-ui",
    apply: "serve",
    resolveId(id) {
      return id === OVERLAY_CLIENT_ID ? RESOLVED_OVERLAY_CLIENT_ID : null;
    },
    load(id) {
      return id === RESOLVED_OVERLAY_CLIENT_ID ? overlayClientSource() : null;
    },
    configureServer(server) {
      // Added before Vite's own middlewares, so the page wins over Vite's index.html fallback.
      server.middlewares.use(uiMiddleware(api.options.base, server.config.base));
    },
  };
}

function uiMiddleware(base: string, viteBase: string): Connect.NextHandleFunction {
  const devScripts = [`${viteBase}@vite/client`, `${viteBase}@id/${OVERLAY_CLIENT_ID}`]
    .map((src) => `<script type="module" src="${src}"></script>`)
    .join("");
  return (req, res, next) => {
    const pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    if (`${pathname}/` === base) {
      res.statusCode = 302;
      res.setHeader("Location", base);
      res.end();
      return;
    }
    if (!pathname.startsWith(base) || (req.method !== "GET" && req.method !== "HEAD")) return next();
    const relative = pathname.slice(base.length);
    if (relative === "" || relative === "index.html") {
      readFile(path.join(uiDistDir, "index.html"), "utf8")
        .then((html) => sendHtml(res, html.replace("</head>", `${devScripts}</head>`)))
        .catch(next);
      return;
    }
    findStaticFile(uiDistDir, relative)
      .then((file) => (file ? sendFile(res, file) : next()))
      .catch(next);
  };
}

function overlayClientSource(): string {
  return `if (import.meta.hot) {
  import.meta.hot.on(${JSON.stringify(OVERLAY_EVENTS.cleared)}, () => {
    document.querySelectorAll("vite-error-overlay").forEach((overlay) => overlay.close());
  });
  import.meta.hot.send(${JSON.stringify(OVERLAY_EVENTS.ready)});
}
`;
}
