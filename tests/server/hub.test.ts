// The session hub under what a hostile client, a full server and a lost thread do to it: found
// by a review of the server, each a way to crash it, hold unbounded memory, or freeze a page.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { openSocket, type SocketClient } from "../e2e/helpers/socket-client.ts";
import { compiled, until } from "./helpers/pool.ts";
import { startHub, type TestHub } from "./helpers/hub.ts";

let hub: TestHub | undefined;
afterEach(async () => {
  await hub?.close();
  hub = undefined;
});

let dir: string;
let helper: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "rivulet-hub-"));
  helper = path.join(dir, "helper.mjs");
  await writeFile(helper, `export function spin() { while (true) {} }\n`);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const COUNTER = `st.sessionState.n ??= 0;\nif (st.button("add")) st.sessionState.n++;\nst.text("n " + st.sessionState.n);`;

function widget(client: SocketClient, label: string): string {
  for (const m of client.messages) {
    const nodes = m.type === "patch" ? m.ops.flatMap((op) => (op.op === "set" ? [op.node] : [])) : m.type === "page" ? m.roots.flatMap((r) => r.children) : [];
    for (const node of nodes) if ("label" in node && node.label === label) return node.id;
  }
  throw new Error(`no widget ${label}`);
}

function count(client: SocketClient): string | undefined {
  const texts = client.messages.flatMap((m) => (m.type === "patch" ? m.ops : [])).flatMap((op) => (op.op === "set" && op.node.kind === "text" ? [op.node.body] : []));
  return texts.filter((t) => t.startsWith("n ")).at(-1);
}

/** A WebSocket handshake by hand, then one invalid frame (RSV2 set), as a fuzzer would send. */
function sendBadFrame(url: string): Promise<void> {
  const { port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), "localhost", () => {
      socket.write(
        "GET /_rivulet/ws HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n" +
          "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n",
      );
    });
    socket.once("data", () => {
      socket.write(Buffer.from([0xa1, 0x81, 0, 0, 0, 0, 0x41]));
      setTimeout(() => (socket.destroy(), resolve()), 50);
    });
    socket.on("error", () => resolve());
  });
}

describe("a server shutting down", () => {
  test("a bad frame on a socket opened during the drain does not stop the server", async () => {
    hub = await startHub(compiled(COUNTER));
    const page = await openSocket(hub.url);
    await page.next("runFinished");
    hub.hub.drain("the server is shutting down");
    await sendBadFrame(hub.url);
    // Still serving: the page is told its input is no longer taken.
    page.send({ type: "trigger", id: widget(page, "add") });
    expect((await page.next("error")).message).toBe("Not taken: the server is shutting down.");
    await page.close();
  });
});

describe("a full server", () => {
  test("lets go of the session that has waited longest, and refuses when none waits", async () => {
    hub = await startHub(compiled(COUNTER), { limits: { maxSessions: 2 } });
    const a = await openSocket(hub.url);
    const { token: tokenA } = await a.next("welcome");
    const b = await openSocket(hub.url);
    await b.next("welcome");
    const refused = await openSocket(hub.url);
    expect((await refused.next("error")).message).toBe("The server is full (2 sessions): try again later.");
    expect(await refused.closed).toBe(1013);
    a.socket.terminate();
    await until(() => a.socket.readyState === a.socket.CLOSED, "a's socket closed");
    await new Promise((resolve) => setTimeout(resolve, 50));
    const c = await openSocket(hub.url);
    expect(await c.next("welcome")).toMatchObject({ resumed: false });
    // a's session made room for c: its token no longer brings it back.
    const back = await openSocket(hub.url, { protocols: ["rivulet", `rivulet-resume.${tokenA}`] });
    const again = await Promise.race([back.next("welcome"), back.next("error").then(() => null)]);
    expect(again?.resumed ?? false).toBe(false);
    for (const client of [b, c, back]) await client.close();
  });
});

describe("a hostile page's queued values", () => {
  test("count against the session's budget while they wait for their runs", async () => {
    // The click's run waits before it reads the button: every new message would interrupt it.
    const script = compiled(`await new Promise((resolve) => setTimeout(resolve, 20));\n${COUNTER}\nst.textInput("note");`);
    hub = await startHub(script, { limits: { maxSessionValueBytes: 1024 * 1024 } });
    const page = await openSocket(hub.url);
    await page.next("runFinished");
    const [add, note] = [widget(page, "add"), widget(page, "note")];
    const value = "v".repeat(300 * 1024);
    for (let i = 0; i < 40; i++) {
      page.send({ type: "setValue", id: note, value: value + i });
      page.send({ type: "trigger", id: add });
    }
    const refusal = await page.next("error");
    expect(refusal.message).toMatch(/rejected: the values this page has sent would take [\d,]+ bytes, more than a session may hold \(1,048,576 bytes\)\.$/);
    // The clicks are all taken (only values were refused), and each is counted once.
    await until(() => count(page) === "n 40", "all 40 clicks counted", 20_000);
    await page.close();
  });
});

describe("a page that comes back while its thread is stuck", () => {
  test("gets its session, moved to a new thread, and its page", async () => {
    hub = await startHub(compiled(`import { spin } from ${JSON.stringify(helper)};\n${COUNTER}\nif (st.button("spin")) spin();`), { stuckAfterMs: 500 });
    const stuck = await openSocket(hub.url);
    const other = await openSocket(hub.url);
    await stuck.next("runFinished");
    const { token } = await other.next("welcome");
    await other.next("runFinished");
    other.send({ type: "trigger", id: widget(other, "add") });
    await until(() => count(other) === "n 1", "other counted its click");
    other.socket.terminate();
    stuck.send({ type: "trigger", id: widget(stuck, "spin") });
    await stuck.next("runStarted", stuck.messages.length);
    const back = await openSocket(hub.url, { protocols: ["rivulet", `rivulet-resume.${token}`] });
    expect(await back.next("welcome")).toMatchObject({ resumed: true });
    // The watchdog moves it; its new thread's first run shows its state.
    await back.next("hello");
    await until(() => count(back) === "n 1", "the moved session's first run");
    back.send({ type: "trigger", id: widget(back, "add") });
    await until(() => count(back) === "n 2", "the moved session counted a click");
    expect((await stuck.next("error")).message).toMatch(/without reaching a checkpoint/);
    await back.close();
    await stuck.close();
  });
});
