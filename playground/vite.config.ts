import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { diagnosticsReference } from "./diagnosticsReference.ts";
import { completionsModule } from "./completionsModule.ts";
import { examplesModule } from "./examplesModule.ts";

// Cross-origin isolation lets the editor page raise a running script's attention flag in shared
// memory (a Stop reaches a loop that never awaits). Any static host can send the same two
// headers (README, "The playground").
export const ISOLATION = { "Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Embedder-Policy": "require-corp" };

const here = fileURLToPath(new URL(".", import.meta.url));

// Static files only, served under any path: every URL is relative.
export default defineConfig({
  root: here,
  base: "./",
  plugins: [svelte({ configFile: false }), diagnosticsReference(), examplesModule(), completionsModule()],
  // The compiler runs Babel's plugins without @babel/core, which they import only for what it
  // re-exports (src/stubs/babel-core.ts); its TypeScript plugin asserts with node:assert
  // (src/stubs/assert.ts).
  resolve: {
    alias: {
      "@babel/core": fileURLToPath(new URL("src/stubs/babel-core.ts", import.meta.url)),
      "node:assert": fileURLToPath(new URL("src/stubs/assert.ts", import.meta.url)),
    },
  },
  server: { headers: ISOLATION },
  preview: { headers: ISOLATION },
  worker: { format: "es" },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // The compiler's worker holds Babel (~1 MB): it is loaded once, beside the page.
    chunkSizeWarningLimit: 2000,
    rolldownOptions: { input: { index: fileURLToPath(new URL("index.html", import.meta.url)), app: fileURLToPath(new URL("app.html", import.meta.url)) } },
  },
});
