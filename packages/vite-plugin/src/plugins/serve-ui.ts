import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type { Connect, Plugin } from "vite";
import { uiDistDir } from "@rivulet/ui";
import type { PluginAPI } from "../api.ts";
import { DIAGNOSTICS_FILE, diagnosticsPage } from "../server/diagnostics-page.ts";
import { OVERLAY_EVENTS } from "../server/overlay.ts";
import { findStaticFile, pathnameOf, sendFile, sendHtml, sendText } from "../utils/static-files.ts";
import { isPagePath } from "@rivulet/server";

export const OVERLAY_CLIENT_ID = "virtual:rivulet/overlay-client";
const RESOLVED_OVERLAY_CLIENT_ID = `\0${OVERLAY_CLIENT_ID}`;

/**
 * Serves the prebuilt app page (`@rivulet/ui`'s dist) and the diagnostics reference its errors
 * link to at the plugin's base in dev. The page
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
      if (api.options.appOnly) server.middlewares.use(onlyTheApp(server.config.base, server.config.publicDir));
    },
  };
}

/**
 * When the dev server serves only the app, what is not the page (answered before this) is
 * refused unless it is Vite's client, which the page loads in dev, or a public file.
 */
function onlyTheApp(viteBase: string, publicDir: string): Connect.NextHandleFunction {
  const clientDir = path.dirname(createRequire(import.meta.url).resolve("vite/dist/client/client.mjs")).split(path.sep).join("/");
  const viteClient = `${viteBase}@fs${clientDir}/`;
  const allowed = new Set([`${viteBase}@vite/client`, `${viteBase}@vite/env`, `${viteBase}@id/${OVERLAY_CLIENT_ID}`, `${viteBase}@id/__x00__${OVERLAY_CLIENT_ID}`]);
  return (req, res, next) => {
    const pathname = pathnameOf(req.url);
    if (pathname === null) return sendText(res, 400, "Bad request: the URL is malformed.");
    if (allowed.has(pathname) || pathname.startsWith(viteClient)) return next();
    const relative = pathname.startsWith(viteBase) ? pathname.slice(viteBase.length) : null;
    const publicFile = publicDir && relative !== null ? findStaticFile(publicDir, relative) : Promise.resolve(undefined);
    publicFile.then(
      (file) => (file ? next() : sendText(res, 404, "Not found.")),
      () => sendText(res, 404, "Not found."),
    );
  };
}

function uiMiddleware(base: string, viteBase: string): Connect.NextHandleFunction {
  const devScripts = [`${viteBase}@vite/client`, `${viteBase}@id/${OVERLAY_CLIENT_ID}`]
    .map((src) => `<script type="module" src="${src}"></script>`)
    .join("");
  return (req, res, next) => {
    const pathname = pathnameOf(req.url);
    if (pathname === null) return sendText(res, 400, "Bad request: the URL is malformed.");
    if (`${pathname}/` === base) {
      res.statusCode = 302;
      res.setHeader("Location", base);
      res.end();
      return;
    }
    if (!pathname.startsWith(base) || (req.method !== "GET" && req.method !== "HEAD")) return next();
    const relative = pathname.slice(base.length);
    // The app's own URL, and a page of a multipage app (/orders), are the app's page.
    if (relative === "" || relative === "index.html" || isPagePath(relative)) {
      readFile(path.join(uiDistDir, "index.html"), "utf8")
        .then((html) => sendHtml(res, html.replace("</head>", `${devScripts}</head>`)))
        .catch(next);
      return;
    }
    if (relative === DIAGNOSTICS_FILE) return sendHtml(res, diagnosticsPage());
    findStaticFile(uiDistDir, relative)
      .then((file) => (file ? sendFile(res, file) : next()))
      .catch(next);
  };
}

function overlayClientSource(): string {
  // Vite's client reloads the page once its server answers again after the HMR socket dropped:
  // that would throw away the session the page comes back to on its own socket. A listener
  // that never settles holds the reload (Vite awaits its listeners); script errors still reach
  // the page through the session socket meanwhile.
  return `if (import.meta.hot) {
  import.meta.hot.on("vite:ws:disconnect", () => new Promise(() => {}));
  import.meta.hot.on(${JSON.stringify(OVERLAY_EVENTS.cleared)}, () => {
    document.querySelectorAll("vite-error-overlay").forEach((overlay) => overlay.close());
  });
  import.meta.hot.send(${JSON.stringify(OVERLAY_EVENTS.ready)});
}
`;
}
