// The playground's figures (issue 12), against its static build served by `vite preview` with the
// README's headers, in headless Chromium:
// - cold load on loopback with an empty cache (a fresh profile each time): navigation to the
//   first app's header on screen;
// - everything downloaded for that first app, gzipped file by file (compiler included), and the
//   largest files;
// - keystroke → diagnostics updated (the key's event to the editor's new diagnostics), and edit →
//   app updated (the key's event to the app's DOM showing the edit), for two examples.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { preview } from "vite";
import { withChromium } from "./browser.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.join(here, "../playground");
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await preview({ root, configFile: path.join(root, "vite.config.ts"), logLevel: "silent", preview: { port: 0, host: "127.0.0.1" } });
const url = server.resolvedUrls.local[0];

// --- Cold load and bytes ------------------------------------------------------------------------
const loads = [];
let files = [];
for (let i = 0; i < 3; i++) {
  await withChromium(async (context) => {
    const page = await context.newPage();
    const bodies = [];
    page.on("response", (response) => {
      if (response.url().startsWith(url)) bodies.push(response.body().then((body) => ({ url: response.url(), gz: gzipSync(body).length }), () => null));
    });
    const started = Date.now();
    await page.goto(url);
    await page.frameLocator("#app-frame").getByRole("heading", { level: 2, name: "Title", exact: true }).waitFor();
    loads.push(Date.now() - started);
    if (i > 0) return;
    // The compiler's worker loads once the first app has run: everything, once it has compiled.
    await page.waitForFunction(() => document.body.dataset.compiled !== undefined);
    files = (await Promise.all(bodies)).filter((f) => f !== null);
  });
}
const kb = (list) => `${(list.reduce((sum, f) => sum + f.gz, 0) / 1024).toFixed(1)} KB in ${list.length} files`;
const largest = [...files].sort((a, b) => b.gz - a.gz).slice(0, 5);
console.log("playground (static build, vite preview, cross-origin isolated):");
console.log(`  cold load to the first app on screen: median ${median(loads)} ms (runs: ${loads.join(", ")})   goal <= 1000 ms`);
console.log(`  downloaded for the first app and its first compile, gzipped: ${kb(files)}   goal <= 500 KB, compiler included`);
console.log(`  largest: ${largest.map((f) => `${path.basename(new URL(f.url).pathname)} ${(f.gz / 1024).toFixed(1)} KB`).join(", ")}`);

// --- Keystroke → diagnostics, edit → app ----------------------------------------------------------
await withChromium(async (context) => {
  const page = await context.newPage();
  await page.goto(url);
  const app = page.frameLocator("#app-frame");
  await app.getByRole("heading", { level: 2, name: "Title", exact: true }).waitFor();
  for (const example of ["st.rerun: a click changes the header", "A data app"]) {
    await page.getByLabel("Examples").selectOption({ label: example });
    await app.locator(".element").first().waitFor({ state: "attached" });
    // A line the app shows, typed into key by key: st.text("…") at the end of the script.
    await page.locator(".cm-content").click();
    await page.keyboard.press("Control+End");
    await page.keyboard.insertText('\nst.text("typed:");');
    await app.getByText("typed:", { exact: true }).waitFor();
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await page.evaluate(() => {
      const frame = document.querySelector("#app-frame");
      const probe = { key: 0, diagnostics: [], app: [] };
      window.__probe = probe;
      addEventListener("keydown", (event) => (probe.key = performance.timeOrigin + event.timeStamp), true);
      new MutationObserver(() => probe.diagnostics.push(performance.timeOrigin + performance.now() - probe.key)).observe(document.body, { attributes: true, attributeFilter: ["data-compiled"] });
      const inner = frame.contentWindow;
      new inner.MutationObserver(() => {
        const shown = [...inner.document.querySelectorAll(".element")].some((e) => e.textContent.startsWith("typed:") && e.textContent.length > "typed:".length + probe.app.length);
        if (shown) probe.app.push(inner.performance.timeOrigin + inner.performance.now() - probe.key);
      }).observe(inner.document.body, { subtree: true, characterData: true, childList: true });
    });
    for (let i = 0; i < 15; i++) {
      await page.keyboard.type("x");
      await app.getByText(`typed:${"x".repeat(i + 1)}`, { exact: true }).waitFor();
    }
    const probe = await page.evaluate(() => window.__probe);
    console.log(`  ${example}: keystroke → diagnostics median ${median(probe.diagnostics).toFixed(1)} ms (goal <= 50 ms), edit → app updated median ${median(probe.app).toFixed(1)} ms (goal <= 100 ms), over ${probe.app.length} keys`);
  }
});

await server.close();
