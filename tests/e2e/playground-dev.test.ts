// `npm run playground`: the playground under Vite's dev server (its config as the build's: the
// headers, the examples and completions modules, the workers), the first app shown and compiled.
import path from "node:path";
import { afterAll, expect, test } from "vitest";
import { createServer, type ViteDevServer } from "vite";
import { launchBrowser, type Browser } from "./helpers/browser.ts";
import { repoRoot } from "./helpers/paths.ts";

let server: ViteDevServer | undefined;
let browser: Browser | undefined;

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("the dev server serves the playground cross-origin isolated, and its first app runs and compiles", async () => {
  const root = path.join(repoRoot, "playground");
  server = await createServer({ root, configFile: path.join(root, "vite.config.ts"), logLevel: "error", server: { port: 0, host: "127.0.0.1" } });
  await server.listen();
  const url = server.resolvedUrls!.local[0]!;
  browser = await launchBrowser();
  const page = await browser.newPage();
  await page.goto(url);
  // The dev server transforms Babel's modules on first request: slower than the build.
  await page.frameLocator("#app-frame").getByRole("heading", { level: 2, name: "Title", exact: true }).waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => document.body.dataset.compiled !== undefined, undefined, { timeout: 60_000 });
  expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
  expect((await fetch(new URL("_rivulet/diagnostics.html", url))).status).toBe(200);
}, 120_000);
