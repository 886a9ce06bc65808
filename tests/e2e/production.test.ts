// `rivulet build`, then the built folder served as in production (`node server.js`, `rivulet
// serve`): self-contained (a copy far from any node_modules runs), cached and compressed assets,
// a health endpoint, a base path, nothing but the page served, and a graceful SIGTERM.
import { execFile } from "node:child_process";
import { cp, writeFile } from "node:fs/promises";
import { request } from "node:http";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { clickButton, waitForHeader } from "./helpers/app-page.ts";
import { launchBrowser, type Browser } from "./helpers/browser.ts";
import { startBuilt, type BuiltServer } from "./helpers/built-server.ts";
import { repoRoot, rivuletBin } from "./helpers/paths.ts";
import { openSocket, socketUrlOf, type SocketClient } from "./helpers/socket-client.ts";
import { makeTempDir } from "./helpers/temp-dir.ts";

const APP = `import * as st from "rivulet";
if (!("value" in st.sessionState)) st.sessionState.value = "Title";
st.header(st.sessionState.value);
if (st.button("Foo")) {
  st.sessionState.value = "Foo";
  st.rerun();
}
if (st.button("Slow")) {
  const until = Date.now() + 1500;
  while (Date.now() < until) {}
  st.text("slow run finished");
}
if (st.button("Fail")) {
  throw new RangeError("failed on purpose");
}
`;

let temp: Awaited<ReturnType<typeof makeTempDir>>;
let site: string;
let browser: Browser;
beforeAll(async () => {
  temp = await makeTempDir("production");
  await writeFile(path.join(temp.dir, "app.ts"), APP);
  await promisify(execFile)(process.execPath, [rivuletBin, "build", path.join(temp.dir, "app.ts")]);
  // Far from the repository and any node_modules: the folder must hold all it needs.
  site = path.join(temp.dir, "deployed", "site");
  await cp(path.join(temp.dir, "dist"), site, { recursive: true });
  browser = await launchBrowser();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await temp?.remove();
});

interface Response {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(url: string, options: { method?: string; headers?: Record<string, string> } = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? "GET", headers: options.headers ?? {} }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** A path of the server's origin, however odd (`new URL` would normalize it). */
function at(server: BuiltServer, pathname: string): string {
  return new URL(server.url).origin + pathname;
}

describe("node server.js in a copy of the built folder", () => {
  let server: BuiltServer;
  beforeAll(async () => {
    server = await startBuilt(site);
  });
  afterAll(async () => {
    await server?.stop();
  });

  test("serves the app: a click reruns it with its state", async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await waitForHeader(page, "Title");
    await clickButton(page, "Foo");
    await waitForHeader(page, "Foo");
    await page.close();
  });

  test("an exception points at the user's line, through the bundle's source map", async () => {
    const client = await openSocket(socketUrlOf(server.url));
    await client.next("runFinished");
    client.send({ type: "trigger", id: buttonId(client, "Fail") });
    await client.next("runFinished", client.messages.findIndex((m) => m.type === "runFinished") + 1);
    const exception = client.messages.flatMap((m) => (m.type === "patch" ? m.ops : [])).find((op) => op.op === "set" && op.node.kind === "exception");
    expect(exception).toMatchObject({ node: { type: "RangeError", message: "failed on purpose", loc: { file: "app.ts", line: 14 } } });
    await client.close();
  });

  test("the page is revalidated; hashed assets are cached for a year and sent compressed", async () => {
    const page = await get(server.url);
    expect(page.status).toBe(200);
    expect(page.headers["cache-control"]).toBe("no-cache");
    expect(page.headers["x-content-type-options"]).toBe("nosniff");
    expect(page.headers["content-security-policy"]).toBe("frame-ancestors 'self'");
    const script = /src="\.\/(assets\/index-[\w-]+\.js)"/.exec(page.body.toString())![1]!;
    const plain = await get(at(server, `/${script}`));
    expect(plain.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    const br = await get(at(server, `/${script}`), { headers: { "Accept-Encoding": "gzip, deflate, br" } });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.body.length).toBeLessThan(plain.body.length / 2);
    const gzip = await get(at(server, `/${script}`), { headers: { "Accept-Encoding": "gzip" } });
    expect(gzip.headers["content-encoding"]).toBe("gzip");
    expect(gzip.headers.vary).toBe("Accept-Encoding");
    const again = await get(at(server, `/${script}`), { headers: { "If-None-Match": String(plain.headers.etag) } });
    expect(again.status).toBe(304);
  });

  test("health answers while the server takes sessions", async () => {
    const health = await get(at(server, "/_rivulet/health"));
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body.toString())).toMatchObject({ status: "ok", threads: expect.any(Number), sessions: expect.any(Number) });
  });

  test("serves the diagnostics reference an error's code links to, with an anchor per code", async () => {
    const reference = await get(at(server, "/_rivulet/diagnostics.html"));
    expect(reference.status).toBe(200);
    expect(reference.headers["content-type"]).toBe("text/html; charset=utf-8");
    const html = reference.body.toString();
    for (const code of ["nested_form", "invalid_option", "rerun_loop"]) expect(html).toContain(`<h2 id="${code}"><code>${code}</code></h2>`);
  });

  test("serves nothing but the page: not the server, the manifest, or anything up the tree", async () => {
    for (const probe of ["/server.js", "/server/app.js", "/server/app.js.map", "/server/production.js", "/rivulet.json", "/package.json", "/client/index.html", "/../server.js", "/assets/../../server.js", "/%2e%2e/server.js", "/assets/%2e%2e/%2e%2e/rivulet.json", "//server.js"]) {
      const response = await get(at(server, probe));
      expect(response.status, probe).toBe(404);
      expect(response.body.toString(), probe).not.toContain("st.header");
    }
    expect((await get(server.url, { method: "POST" })).status).toBe(405);
    expect((await get(at(server, "/%E0%A4%A"))).status).toBe(400);
    expect((await get(server.url, { headers: { Host: "evil.example" } })).status).toBe(403);
  });
});

test("the README's commands: rivulet build examples/rerun.ts, then rivulet serve it and click through", async () => {
  const out = path.join(temp.dir, "example-dist");
  await promisify(execFile)(process.execPath, [rivuletBin, "build", path.join(repoRoot, "examples/rerun.ts"), "--out-dir", out]);
  const server = await startBuilt(out, { via: "rivulet serve", cwd: repoRoot });
  try {
    const page = await browser.newPage();
    await page.goto(server.url);
    await waitForHeader(page, "Title");
    await clickButton(page, "Foo");
    await waitForHeader(page, "Foo");
    await page.close();
  } finally {
    await server.stop();
  }
});

test("rivulet serve runs a built folder under a base path, as behind a reverse proxy", async () => {
  const server = await startBuilt(site, { via: "rivulet serve", args: ["--base", "/apps/demo/"], cwd: repoRoot });
  try {
    expect(server.url).toMatch(/\/apps\/demo\/$/);
    expect((await get(at(server, "/"))).status).toBe(404);
    const bare = await get(at(server, "/apps/demo?x=1"));
    expect(bare.status).toBe(302);
    expect(bare.headers.location).toBe("/apps/demo/?x=1");
    expect((await get(at(server, "/apps/demo/_rivulet/health"))).status).toBe(200);
    const page = await browser.newPage();
    await page.goto(server.url);
    await waitForHeader(page, "Title");
    await clickButton(page, "Foo");
    await waitForHeader(page, "Foo");
    await page.close();
  } finally {
    await server.stop();
  }
});

test("--tls-cert and --tls-key serve HTTPS, sessions on wss:", async () => {
  const cert = path.join(temp.dir, "cert.pem");
  const key = path.join(temp.dir, "key.pem");
  await promisify(execFile)("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=localhost"]);
  const server = await startBuilt(site, { args: ["--tls-cert", cert, "--tls-key", key] });
  try {
    expect(server.url).toMatch(/^https:\/\/localhost:\d+\/$/);
    // The certificate is self-signed: this browser is told to take it.
    const trusting = await launchBrowser({ ignoreHTTPSErrors: true });
    try {
      const page = await trusting.newPage();
      await page.goto(server.url);
      await waitForHeader(page, "Title");
      await clickButton(page, "Foo");
      await waitForHeader(page, "Foo");
    } finally {
      await trusting.close();
    }
  } finally {
    await server.stop();
  }
});

test("SIGTERM lets the run in progress finish, tells the page, and exits cleanly", async () => {
  const server = await startBuilt(site);
  const client = await openSocket(socketUrlOf(server.url));
  await client.next("runFinished");
  client.send({ type: "trigger", id: buttonId(client, "Slow") });
  const started = client.messages.length;
  await client.next("runStarted", started);
  const exit = server.stop();
  const told = await client.next("error", started);
  expect(told.message).toBe("This page's session has ended: the server is shutting down (SIGTERM).");
  const before = client.messages.slice(started, client.messages.indexOf(told));
  expect(before.some((m) => m.type === "patch" && m.ops.some((op) => op.op === "set" && op.node.kind === "text" && op.node.body === "slow run finished"))).toBe(true);
  expect(before.find((m) => m.type === "runFinished")).toMatchObject({ outcome: "completed" });
  expect(await client.closed).toBe(1001);
  expect(await exit).toBe(0);
  expect(server.logs().map((line) => line.msg)).toEqual(expect.arrayContaining(["listening", "shutting down", "stopped"]));
});

function buttonId(client: SocketClient, label: string): string {
  for (const message of client.messages) {
    if (message.type !== "patch") continue;
    for (const op of message.ops) if (op.op === "set" && op.node.kind === "button" && op.node.label === label) return op.node.id;
  }
  throw new Error(`no button "${label}"`);
}
