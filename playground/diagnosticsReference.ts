// The diagnostics reference beside the pages, `_rivulet/diagnostics.html`, as the server serves
// it: the editor links each diagnostic's code to its entry, and the app page a RivuletAPIError's.
import { DIAGNOSTICS_FILE, diagnosticsPage } from "@rivulet/vite-plugin/diagnostics-page";
import type { Plugin } from "vite";

export function diagnosticsReference(): Plugin {
  return {
    name: "rivulet-playground:diagnostics",
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (!req.url?.split("?")[0]?.endsWith(`/${DIAGNOSTICS_FILE}`)) return next();
        res.setHeader("Content-Type", "text/html; charset=utf-8");
        res.end(diagnosticsPage());
      });
    },
    generateBundle() {
      this.emitFile({ type: "asset", fileName: DIAGNOSTICS_FILE, source: diagnosticsPage() });
    },
  };
}
