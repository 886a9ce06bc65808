// Issue 7, defect 8, in dev: the script's source and the secrets files never leave the server,
// in any URL form; a malformed URL is a 400, not a 500 with a stack; `rivulet run` lets no
// other site's pages read what it serves.
import { mkdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { createServer, type ViteDevServer } from "vite";
import rivulet from "rivulet/vite";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { freePort } from "./helpers/free-port.ts";
import { startRivulet, type RivuletServer } from "./helpers/rivulet-server.ts";
import { makeTempDir } from "./helpers/temp-dir.ts";

const SECRET = "sk-live-3f9a0c";
const SCRIPT = `import * as st from "rivulet";\nconst key = "${SECRET}-inline";\nst.text("hello " + key.length);\n`;

let temp: Awaited<ReturnType<typeof makeTempDir>>;
beforeAll(async () => {
  temp = await makeTempDir("dev-http");
  for (const dir of ["app", "project"]) {
    const root = path.join(temp.dir, dir);
    await mkdir(path.join(root, ".rivulet"), { recursive: true });
    await mkdir(path.join(root, ".streamlit"), { recursive: true });
    await mkdir(path.join(root, "public"), { recursive: true });
    await writeFile(path.join(root, "app.ts"), SCRIPT);
    await writeFile(path.join(root, "helper.ts"), `export const key = "${SECRET}-helper";\n`);
    for (const secrets of ["secrets.toml", ".rivulet/secrets.toml", ".streamlit/secrets.toml"]) await writeFile(path.join(root, secrets), `KEY = "${SECRET}"\n`);
    // st.cacheData's persist: "disk" entries hold app data too.
    await mkdir(path.join(root, ".rivulet", "cache", "data", "f"), { recursive: true });
    await writeFile(path.join(root, ".rivulet", "cache", "data", "f", "k.entry"), `${SECRET}\n`);
    await writeFile(path.join(root, "public", "logo.txt"), "public file\n");
  }
  await writeFile(path.join(temp.dir, "project", "index.html"), `<!doctype html><p>own page</p><script type="module" src="/main.ts"></script>\n`);
  await writeFile(path.join(temp.dir, "project", "main.ts"), `document.title = "own";\n`);
  // A project whose entry is a symlink: Vite knows the script by its real path.
  const linked = path.join(temp.dir, "linked");
  await mkdir(path.join(linked, "src"), { recursive: true });
  await writeFile(path.join(linked, "src", "real-app.ts"), SCRIPT);
  await symlink(path.join(linked, "src", "real-app.ts"), path.join(linked, "app.ts"));
  await writeFile(path.join(linked, "index.html"), `<!doctype html><p>own page</p>\n`);
});
afterAll(async () => {
  await temp?.remove();
});

const PAGE_PATHS = new Set(["/app", "/app?raw"]);

/** Every URL form that has been seen to reach a file through Vite, for the files of `root`. */
function probes(root: string): string[] {
  const forms = (file: string) => [`/${file}`, `/${file}?raw`, `/${file}?import`, `/${file}?url`, `/@fs${root}/${file}`, `/@fs${root}/${file}?raw`, `/@id/${root}/${file}`];
  return [
    ...forms("app.ts"),
    "/app",
    "/app?raw",
    "/%61pp.ts?raw",
    "/./app.ts?raw",
    "//app.ts?raw",
    ...forms("helper.ts"),
    ...forms("secrets.toml"),
    ...forms(".rivulet/secrets.toml"),
    ...forms(".streamlit/secrets.toml"),
    ...forms(".rivulet/cache/data/f/k.entry"),
  ];
}

async function expectNothingLeaks(base: string, root: string): Promise<void> {
  for (const probe of probes(root)) {
    const response = await fetch(new URL(base).origin + probe);
    const body = await response.text();
    expect(body, probe).not.toContain(SECRET);
    expect(body, probe).not.toContain("st.text");
    // `/app` is also the URL a page of a multipage app could have: it may be answered with an
    // HTML page (the app's), never with the script.
    if (PAGE_PATHS.has(probe) && response.status === 200) expect(body.toLowerCase(), probe).toMatch(/^<!doctype html>/);
    else expect(response.status, probe).toBeGreaterThanOrEqual(400);
  }
}

describe("rivulet run", () => {
  let server: RivuletServer;
  beforeAll(async () => {
    server = await startRivulet(path.join(temp.dir, "app", "app.ts"));
  });
  afterAll(async () => {
    await server?.stop();
  });

  test("serves the page, Vite's client and public files, and nothing else of the folder", async () => {
    expect((await fetch(server.url)).status).toBe(200);
    expect((await fetch(new URL("@vite/client", server.url))).status).toBe(200);
    expect(await (await fetch(new URL("logo.txt", server.url))).text()).toBe("public file\n");
    await expectNothingLeaks(server.url, path.join(temp.dir, "app"));
    expect((await fetch(new URL("@fs/etc/hostname", server.url))).status).toBe(404);
  });

  test("a malformed URL is a 400 without a stack trace", async () => {
    for (const url of ["/%E0%A4%A", "/assets/%E0%A4%A", "/%"]) {
      const response = await fetch(new URL(url, server.url));
      expect(response.status, url).toBe(400);
      expect(await response.text(), url).not.toMatch(/\bat .*:\d+:\d+/);
    }
  });

  test("no other site's page may read what it serves (no CORS)", async () => {
    const response = await fetch(new URL("@vite/client", server.url), { headers: { Origin: "http://localhost:3000" } });
    expect(response.headers.get("access-control-allow-origin")).toBeNull();
  });
});

async function devServer(root: string): Promise<ViteDevServer> {
  const server = await createServer({
    configFile: false,
    root,
    logLevel: "silent",
    plugins: [rivulet({ entry: "app.ts" })],
    server: { port: await freePort(), strictPort: true },
  });
  await server.listen();
  return server;
}

describe("the plugin in a project with pages of its own", () => {
  let server: ViteDevServer;
  let url: string;
  beforeAll(async () => {
    server = await devServer(path.join(temp.dir, "project"));
    url = server.resolvedUrls!.local[0]!;
  });
  afterAll(async () => {
    await server?.close();
  });

  test("serves the project's own files, but never the script or a secrets file", async () => {
    expect(await (await fetch(new URL("main.ts", url))).text()).toContain("document.title");
    const page = await fetch(new URL("_rivulet/", url));
    expect(page.status).toBe(200);
    for (const probe of probes(path.join(temp.dir, "project")).filter((p) => !p.includes("helper"))) {
      const body = await (await fetch(new URL(url).origin + probe)).text();
      expect(body, probe).not.toContain(SECRET);
      expect(body, probe).not.toContain("st.text");
    }
  });
});

test("a symlinked script is not served either, by its link or by its real path", async () => {
  const server = await devServer(path.join(temp.dir, "linked"));
  try {
    const origin = new URL(server.resolvedUrls!.local[0]!).origin;
    for (const probe of ["/app.ts", "/app.ts?raw", "/src/real-app.ts", "/src/real-app.ts?raw", `/@fs${path.join(temp.dir, "linked", "src", "real-app.ts")}?raw`]) {
      const body = await (await fetch(origin + probe)).text();
      expect(body, probe).not.toContain(SECRET);
    }
  } finally {
    await server.close();
  }
});
