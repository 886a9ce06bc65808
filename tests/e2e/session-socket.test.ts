// Issue 7, defects 1, 4 and 5, at the socket: who may open a session (Origin and Host), coming
// back to a session with its token, and the limits on what a page may send. Against
// `rivulet run`, the server users run, from Node clients that send what an attacker would.
import { writeFile } from "node:fs/promises";
import { get } from "node:http";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startRivulet, type RivuletServer } from "./helpers/rivulet-server.ts";
import { openSocket, socketUrlOf, type SocketClient } from "./helpers/socket-client.ts";
import { makeTempDir } from "./helpers/temp-dir.ts";

let server: RivuletServer;
let temp: Awaited<ReturnType<typeof makeTempDir>>;
let ws: string;
let port: string;
beforeAll(async () => {
  temp = await makeTempDir("socket");
  await writeFile(
    path.join(temp.dir, "app.ts"),
    `import * as st from "rivulet";
st.sessionState.count ??= 0;
if (st.button("add")) st.sessionState.count++;
st.text("count " + st.sessionState.count);
const note = st.textInput("note");
st.text("note " + (note ?? "").length);
let held = 0;
for (let i = 0; i < 20; i++) held += (st.textInput("field " + i) ?? "").length;
st.text("held " + held);
`,
  );
  server = await startRivulet(path.join(temp.dir, "app.ts"));
  ws = socketUrlOf(server.url);
  port = new URL(server.url).port;
});
afterAll(async () => {
  await server?.stop();
  await temp?.remove();
});

/** The id of the button labelled `label` in what the client has been sent. */
function widgetId(client: SocketClient, label: string): string {
  for (const message of client.messages) {
    if (message.type !== "patch" && message.type !== "page") continue;
    const nodes = message.type === "patch" ? message.ops.flatMap((op) => (op.op === "set" ? [op.node] : [])) : message.roots.flatMap((r) => r.children);
    for (const node of nodes) if ("label" in node && node.label === label) return node.id;
  }
  throw new Error(`no widget "${label}" yet`);
}

function lastText(client: SocketClient, prefix: string): string | undefined {
  let found: string | undefined;
  for (const message of client.messages) {
    const nodes =
      message.type === "patch" ? message.ops.flatMap((op) => (op.op === "set" ? [op.node] : [])) : message.type === "page" ? message.roots.flatMap((r) => r.children) : [];
    for (const node of nodes) if (node.kind === "text" && node.body.startsWith(prefix)) found = node.body;
  }
  return found;
}

/** The status of a GET with these headers (fetch may not set Host). */
function statusOf(url: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    }).on("error", reject);
  });
}

async function runFinished(client: SocketClient, count: number): Promise<void> {
  while (client.messages.filter((m) => m.type === "runFinished").length < count) await client.next("runFinished", client.messages.length);
}

describe("who may open a session", () => {
  test("a page from another origin is refused before any session exists", async () => {
    for (const origin of ["http://evil.example", "http://localhost:1", `http://127.0.0.1:${port}`, "null"]) {
      await expect(openSocket(ws, { headers: { Origin: origin } }), origin).rejects.toMatchObject({ status: 403 });
    }
  });

  test("the app's own pages, and clients that are not browsers, get a session", async () => {
    for (const headers of [{ Origin: `http://localhost:${port}` }, {}]) {
      const client = await openSocket(ws, { headers });
      expect((await client.next("welcome")).resumed).toBe(false);
      await client.next("runFinished");
      await client.close();
    }
  });

  test("a host name that is not allowed is refused (DNS rebinding), on the socket as on the page", async () => {
    const headers = { Host: `evil.example:${port}`, Origin: `http://evil.example:${port}` };
    await expect(openSocket(ws, { headers })).rejects.toMatchObject({ status: 403, body: expect.stringContaining("evil.example") });
    expect(await statusOf(server.url, { Host: `evil.example:${port}` })).toBe(403);
  });
});

describe("coming back to a session", () => {
  test("a page that reconnects with its token gets the same session and the whole page", async () => {
    const first = await openSocket(ws);
    const welcome = await first.next("welcome");
    expect(welcome.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await runFinished(first, 1);
    first.send({ type: "trigger", id: widgetId(first, "add") });
    await runFinished(first, 2);
    expect(lastText(first, "count")).toBe("count 1");
    first.socket.terminate();

    const back = await openSocket(ws, { protocols: ["rivulet", `rivulet-resume.${welcome.token}`] });
    const again = await back.next("welcome");
    expect(again).toMatchObject({ resumed: true, received: 1, token: welcome.token });
    const page = await back.next("page");
    expect(page.run).toBeNull();
    expect(lastText(back, "count")).toBe("count 1");
    back.send({ type: "trigger", id: widgetId(back, "add") });
    await back.next("runFinished");
    expect(lastText(back, "count")).toBe("count 2");
    await back.close();
  });

  test("an unknown or guessed token gets a new session, and is told it replaced one", async () => {
    const client = await openSocket(ws, { protocols: ["rivulet", `rivulet-resume.${"A".repeat(43)}`] });
    expect(await client.next("welcome")).toMatchObject({ resumed: false, expired: true, received: 0 });
    await client.next("runFinished");
    expect(lastText(client, "count")).toBe("count 0");
    await client.close();
  });

  test("a page that says it is gone (close code 4001) is not waited for", async () => {
    const first = await openSocket(ws);
    const { token } = await first.next("welcome");
    await runFinished(first, 1);
    first.socket.close(4001, "page gone");
    await first.closed;
    const back = await openSocket(ws, { protocols: ["rivulet", `rivulet-resume.${token}`] });
    expect(await back.next("welcome")).toMatchObject({ resumed: false, expired: true });
    await back.close();
  });

  test("the old socket of a session that came back is closed", async () => {
    const first = await openSocket(ws);
    const { token } = await first.next("welcome");
    const second = await openSocket(ws, { protocols: ["rivulet", `rivulet-resume.${token}`] });
    await second.next("page");
    await first.closed;
    await second.close();
  });
});

describe("limits on what a page sends", () => {
  test("a frame over the size limit closes that socket only; the session and the others go on", async () => {
    const other = await openSocket(ws);
    await runFinished(other, 1);
    const attacker = await openSocket(ws);
    const { maxMessageBytes } = await attacker.next("welcome");
    expect(maxMessageBytes).toBe(2 * 1024 * 1024);
    await runFinished(attacker, 1);
    attacker.send(JSON.stringify({ type: "setValue", id: widgetId(attacker, "note"), value: "x".repeat(maxMessageBytes) }));
    expect(await attacker.closed).toBe(1009);
    other.send({ type: "trigger", id: widgetId(other, "add") });
    await runFinished(other, 2);
    expect(lastText(other, "count")).toBe("count 1");
    await other.close();
  });

  test("a page that sends faster than the rate limit is told, and what is over it is dropped", async () => {
    const client = await openSocket(ws);
    await runFinished(client, 1);
    for (let i = 0; i < 400; i++) client.send({ type: "rerun" });
    await client.next("error");
    const errors = client.messages.filter((m) => m.type === "error");
    expect(errors[0]).toMatchObject({ message: expect.stringMatching(/^Too many messages: a page may send 100 a second/) });
    await client.close();
  });

  test("the values a page sends may not take more than the session's budget", async () => {
    const client = await openSocket(ws);
    await runFinished(client, 1);
    const chunk = "y".repeat(1024 * 1024);
    // The budget counts what the session holds: one widget's new value replaces its old one.
    // Only the last value is a whole chunk long: until a run shows it, an older one may still
    // be held while it waits in the mailbox, and both count.
    const note = widgetId(client, "note");
    for (let i = 19; i >= 0; i--) client.send({ type: "setValue", id: note, value: chunk.slice(i) });
    await waitFor(() => lastText(client, "note") === `note ${chunk.length}`);
    expect(client.messages.filter((m) => m.type === "error")).toEqual([]);
    // With 1 MB (and the quotes) in each of 15 more widgets, the 16 MB are exceeded.
    for (let i = 0; i < 16; i++) client.send({ type: "setValue", id: widgetId(client, `field ${i}`), value: chunk });
    const refusal = await client.next("error");
    const total = 16 * (chunk.length + 2);
    expect(refusal.message).toMatch(new RegExp(`rejected: the values this page has sent would take ${total.toLocaleString("en-US")} bytes, more than a session may hold \\(16,777,216 bytes\\)\\.$`));
    await waitFor(() => lastText(client, "held") === `held ${14 * chunk.length}`);
    await client.close();
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}
