// Issue 7, defect 1, from a real browser: a page on another site opens the app's session socket
// (as a malicious page a visitor opens would) and gets nothing: no session, no content, no
// clicks. The same code on the app's own page gets a session, so the test can tell.
import { createServer, type Server } from "node:http";
import path from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { launchBrowser, type Browser } from "./helpers/browser.ts";
import { freePort } from "./helpers/free-port.ts";
import { repoRoot } from "./helpers/paths.ts";
import { startRivulet, type RivuletServer } from "./helpers/rivulet-server.ts";

let browser: Browser;
let app: RivuletServer;
let attacker: Server;
let attackerUrl: string;
beforeAll(async () => {
  browser = await launchBrowser();
  app = await startRivulet(path.join(repoRoot, "examples/rerun.ts"));
  const port = await freePort();
  attacker = createServer((_, res) => res.end("<!doctype html><title>elsewhere</title><p>another site</p>"));
  await new Promise<void>((resolve) => attacker.listen(port, "127.0.0.1", resolve));
  attackerUrl = `http://127.0.0.1:${port}/`;
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await new Promise((resolve) => attacker?.close(resolve));
});

/** Opens the app's socket from inside the page and reports what it got within a few messages. */
function probe(socketUrl: string): Promise<{ opened: boolean; messages: string[] }> {
  return new Promise((resolve) => {
    const socket = new WebSocket(socketUrl, ["rivulet"]);
    const messages: string[] = [];
    let opened = false;
    socket.onopen = () => (opened = true);
    socket.onmessage = (event) => {
      messages.push(String(event.data).slice(0, 60));
      if (messages.length >= 3) socket.close();
    };
    socket.onclose = () => resolve({ opened, messages });
  });
}

test("a page on another origin cannot open a session", async () => {
  const socketUrl = new URL("_rivulet/ws", app.url.replace(/^http/, "ws")).href;
  const page = await browser.newPage();
  await page.goto(attackerUrl);
  const seen = await page.evaluate(probe, socketUrl);
  expect(seen).toEqual({ opened: false, messages: [] });
  expect(app.output()).toMatch(/refused a session socket: A page from "http:\/\/127\.0\.0\.1:\d+" may not open a session/);

  await page.goto(app.url);
  const own = await page.evaluate(probe, socketUrl);
  expect(own.opened).toBe(true);
  expect(own.messages[0]).toMatch(/^\{"type":"welcome"/);
  await page.close();
});
