import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";
import { precompress } from "./precompress.ts";

// A single page served under any path (the Vite plugin and `rivulet run` mount it where they like),
// so every asset URL is relative.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  plugins: [svelte({ configFile: false }), precompress()],
  // The big lazy chunks (Vega and Vega-Lite ~850 kB, Plotly ~4.6 MB, pdf.js's worker ~1.2 MB) are
  // loaded only by a page that shows one: the warning would only say so.
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 5000 },
});
