// What `rivulet build` writes: a folder that holds its own server and runtime (no Babel, no
// Vite), the page with every compressible file precompressed (gzip and brotli), and nothing of
// the script's source where the page is served from.
import { execFile } from "node:child_process";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, expect, test } from "vitest";
import { rivuletBin } from "../e2e/helpers/paths.ts";
import { makeTempDir } from "../e2e/helpers/temp-dir.ts";

const SECRET = "sk-live-77aa01";
let temp: Awaited<ReturnType<typeof makeTempDir>>;
let dist: string;
let output: string;
beforeAll(async () => {
  temp = await makeTempDir("build-output");
  await writeFile(path.join(temp.dir, "helper.ts"), `export const greet = (name: string): string => "Hello, " + name;\n`);
  await writeFile(
    path.join(temp.dir, "app.ts"),
    `import * as st from "rivulet";\nimport { greet } from "./helper.ts";\nconst key = "${SECRET}";\nst.header(greet(String(key.length)));\n`,
  );
  dist = path.join(temp.dir, "out");
  const result = await promisify(execFile)(process.execPath, [rivuletBin, "build", path.join(temp.dir, "app.ts"), "--out-dir", dist], { env: { ...process.env, NO_COLOR: "1" } });
  output = result.stdout;
}, 60_000);
afterAll(async () => {
  await temp?.remove();
});

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"));
}

test("says how to serve what it built", () => {
  expect(output).toMatch(/Serve it with:\n\s+node .*out\/server\.js\s+\(or: rivulet serve .*out\)/);
});

test("the server bundles the app's own modules and the runtime, and neither the compiler nor Vite", async () => {
  const server = await Promise.all((await filesUnder(path.join(dist, "server"))).filter((f) => f.endsWith(".js")).map((f) => readFile(path.join(dist, "server", f), "utf8")));
  const all = server.join("\n");
  expect(all).toContain("Hello, ");
  // The app imports no npm package of its own: every import left is relative or Node's. (Outside
  // comments: a bundled library's docs show imports of its own name.)
  const code = all.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  expect(code.match(/(?:from|import)\s*["'](?![./]|node:)[^"']+["']/g) ?? []).toEqual([]);
  expect(all).not.toContain("@babel/parser");
  expect(all).not.toMatch(/from ["']\.\.?\/helper/);
});

test("the page's files are precompressed, and hold nothing of the script", async () => {
  const client = path.join(dist, "client");
  const files = await filesUnder(client);
  const plain = files.filter((f) => !f.endsWith(".gz") && !f.endsWith(".br"));
  expect(plain).toContain("index.html");
  const script = plain.find((f) => /^assets\/index-[\w-]+\.js$/.test(f));
  expect(script).toBeDefined();
  for (const file of plain) {
    const body = await readFile(path.join(client, file));
    expect(body.toString("latin1"), file).not.toContain(SECRET);
    if (!/\.(js|css)$/.test(file)) continue;
    // A file too small to gain from compression is served as it is (build.ts's MIN_COMPRESS_BYTES).
    if (body.length < 512) {
      expect(files, file).not.toContain(`${file}.gz`);
      continue;
    }
    expect(gunzipSync(await readFile(path.join(client, `${file}.gz`))).equals(body), `${file}.gz`).toBe(true);
    expect(brotliDecompressSync(await readFile(path.join(client, `${file}.br`))).equals(body), `${file}.br`).toBe(true);
  }
});
