// The plugin in an ordinary Vite project (examples/vite-project): its own vite.config.ts,
// `import rivulet from "rivulet/vite"`, and a script that imports a TypeScript module.
import path from "node:path";
import { createServer, type ViteDevServer } from "vite";
import { afterAll, beforeAll, test } from "vitest";
import { waitForHeader } from "./helpers/app-page.ts";
import { launchBrowser, type Browser } from "./helpers/browser.ts";
import { freePort } from "./helpers/free-port.ts";
import { repoRoot } from "./helpers/paths.ts";

let browser: Browser;
let server: ViteDevServer;
let url: string;
beforeAll(async () => {
  server = await createServer({
    root: path.join(repoRoot, "examples/vite-project"),
    logLevel: "silent",
    server: { port: await freePort(), strictPort: true },
  });
  await server.listen();
  url = server.resolvedUrls!.local[0]!;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test("serves the app; a widget value reruns the script through its TS import", async () => {
  const page = await browser.newPage();
  await page.goto(url);
  await page.getByRole("heading", { level: 1, name: "Rivulet in a Vite project" }).waitFor();
  await waitForHeader(page, "Hello, world!");
  const name = page.getByLabel("Your name");
  await name.fill("Ada");
  await name.press("Enter");
  await waitForHeader(page, "Hello, Ada!");
  await page.close();
});
