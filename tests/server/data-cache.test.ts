// st.cacheData on a server of several session threads: one computation per key for the whole
// server (a thread that misses asks the main thread, and waits for another thread computing the
// same key), clears reach every thread, a thread that dies while computing hands its claim on,
// and `persist: "disk"` entries outlive the server. Each value holds a random number: two
// sessions showing the same one got it from one computation.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { WorkerPool } from "@rivulet/server";
import { client, compiled, until } from "./helpers/pool.ts";

let pool: WorkerPool | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await pool?.close();
  pool = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The value a session's last run showed, from its "value …" text. */
const valueOf = (texts: string[]): string | undefined => texts.filter((t) => t.startsWith("value ")).at(-1);

const slowRandom = (options = "") => `
import { threadId } from "node:worker_threads";
const load = st.cacheData((rows: number) => {
  // A slow computation, long enough for the other session to ask meanwhile.
  const end = Date.now() + 300;
  while (Date.now() < end) {}
  if (st.sessionState.die) process.exit(7);
  return { rows, random: Math.random(), thread: threadId };
}${options});
if (st.button("die")) st.sessionState.die = true;
if (st.button("clear")) load.clear();
const value = load(3);
st.text("value " + value.random + " from thread " + value.thread);
`;

describe("st.cacheData across session threads", () => {
  it("computes a key once for the server: a session on another thread waits for it", async () => {
    pool = new WorkerPool({ threads: 2, log: () => {} });
    await pool.setScript(compiled(slowRandom()));
    const a = client(pool, "a");
    await until(() => a.messages.some((m) => m.type === "runStarted"), "a's run started");
    const b = client(pool, "b");
    expect(await a.finished(1)).toBe("completed");
    expect(await b.finished(1)).toBe("completed");
    expect(valueOf(a.texts())).toMatch(/^value 0\.\d+ from thread \d+$/);
    expect(valueOf(b.texts())).toBe(valueOf(a.texts()));
    expect(pool.dataCache.size).toBe(1);
  });

  it("a clear on one thread clears every thread's entries", async () => {
    pool = new WorkerPool({ threads: 2, log: () => {} });
    await pool.setScript(compiled(slowRandom()));
    const a = client(pool, "a");
    await a.finished(1);
    const b = client(pool, "b");
    await b.finished(1);
    const before = valueOf(a.texts());
    expect(valueOf(b.texts())).toBe(before);
    a.click("clear");
    await a.finished(2);
    // a cleared after its own call: its next run computes anew, and b's sees that value.
    a.session.receive(JSON.stringify({ type: "rerun" }));
    await a.finished(3);
    const after = valueOf(a.texts());
    expect(after).not.toBe(before);
    b.session.receive(JSON.stringify({ type: "rerun" }));
    await b.finished(2);
    expect(valueOf(b.texts())).toBe(after);
  });

  it("a thread that dies while computing hands the key to the session waiting for it", async () => {
    pool = new WorkerPool({ threads: 2, log: () => {} });
    await pool.setScript(compiled(`st.sessionState.die ??= st.queryParams.die === "1";\n${slowRandom()}`));
    const a = client(pool, "a", "die=1");
    await until(() => a.messages.some((m) => m.type === "runStarted"), "a's run started");
    const b = client(pool, "b");
    await until(() => a.errors()[0], "a's session ended with its thread");
    expect(await b.finished(1)).toBe("completed");
    expect(valueOf(b.texts())).toMatch(/^value 0\.\d+ from thread \d+$/);
  });

  it("an async function that fails on one thread is computed by the session waiting on another", async () => {
    pool = new WorkerPool({ threads: 2, log: () => {} });
    await pool.setScript(
      compiled(`
const load = st.cacheData(async (rows: number) => {
  await new Promise((resolve) => setTimeout(resolve, 300));
  if (st.queryParams.fail === "1") throw new Error("the source is down");
  return { rows, random: Math.random() };
});
try {
  st.text("value " + (await load(3)).random);
} catch (error) {
  st.text("failed: " + (error as Error).message);
}`),
    );
    const a = client(pool, "a", "fail=1");
    await until(() => a.messages.some((m) => m.type === "runStarted"), "a's run started");
    const b = client(pool, "b");
    expect(await a.finished(1)).toBe("completed");
    expect(a.texts()).toEqual(["failed: the source is down"]);
    // b waited for a's computation, which failed: the claim passed to b, which computed it.
    expect(await b.finished(1)).toBe("completed");
    expect(valueOf(b.texts())).toMatch(/^value 0\.\d+$/);
    expect(pool.dataCache.size).toBe(1);
  });

  it('persist: "disk" keeps entries across a restart of the server', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "rivulet-cache-"));
    dirs.push(dir);
    pool = new WorkerPool({ threads: 1, cacheDir: dir, log: () => {} });
    await pool.setScript(compiled(slowRandom(', { persist: "disk" }')));
    const a = client(pool, "a");
    await a.finished(1);
    const first = valueOf(a.texts());
    await pool.close();
    pool = new WorkerPool({ threads: 1, cacheDir: dir, log: () => {} });
    await pool.setScript(compiled(slowRandom(', { persist: "disk" }')));
    const b = client(pool, "b");
    await b.finished(1);
    expect(valueOf(b.texts())).toBe(first);
    // A clear removes it from the disk too.
    b.click("clear");
    await b.finished(2);
    await pool.close();
    pool = new WorkerPool({ threads: 1, cacheDir: dir, log: () => {} });
    await pool.setScript(compiled(slowRandom(', { persist: "disk" }')));
    const c = client(pool, "c");
    await c.finished(1);
    expect(valueOf(c.texts())).not.toBe(first);
  });
});
