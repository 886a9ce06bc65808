import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";
import { svelte } from "@sveltejs/vite-plugin-svelte";

// A single page served under any path (the Vite plugin and `rivulet run` mount it where they like),
// so every asset URL is relative.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  plugins: [svelte({ configFile: false })],
  // Vega and Vega-Lite are one lazy chunk of ~850 kB (~300 kB gzipped), loaded only by a page
  // with a chart: the warning would only say so.
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 1000 },
});
