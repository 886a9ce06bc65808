// The plugin in an ordinary Vite project (examples/vite-project): its own vite.config.ts,
// `import rivulet from "rivulet/vite"`, and a script that imports a TypeScript module; built
// with `vite build` and served by `vite preview`.
import path from "node:path";
import { build, createServer, preview, type ViteDevServer } from "vite";
import { afterAll, beforeAll, expect, test } from "vitest";
import { waitForHeader } from "./helpers/app-page.ts";
import { launchBrowser, type Browser } from "./helpers/browser.ts";
import { freePort } from "./helpers/free-port.ts";
import { repoRoot } from "./helpers/paths.ts";
import { openSocket, socketUrlOf } from "./helpers/socket-client.ts";
import { makeTempDir } from "./helpers/temp-dir.ts";

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

test("vite build, then vite preview serves the built app with its sessions, and not its server files", async () => {
  const out = await makeTempDir("vite-preview");
  const root = path.join(repoRoot, "examples/vite-project");
  try {
    await build({ root, logLevel: "silent", build: { outDir: out.dir, emptyOutDir: true } });
    const server = await preview({ root, logLevel: "silent", build: { outDir: out.dir }, preview: { port: await freePort(), strictPort: true } });
    try {
      const base = server.resolvedUrls!.local[0]!;
      for (const file of ["server.js", "server/app.js", "rivulet.json"]) expect((await fetch(new URL(file, base))).status, file).toBe(404);
      const client = await openSocket(socketUrlOf(base));
      await client.next("runFinished");
      expect(client.messages.some((m) => m.type === "patch" && m.ops.some((op) => op.op === "set" && op.node.kind === "title"))).toBe(true);
      await client.close();
    } finally {
      await server.close();
    }
  } finally {
    await out.remove();
  }
});
