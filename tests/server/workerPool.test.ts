// The session worker pool survives what scripts do to its threads: a stray throw, a thread that
// dies, a reload while a run spins, sessions closed early, overlapping reloads. Tests drive the
// pool as a transport does: raw ClientMessages in, JSON ServerMessages out.
import { afterEach, describe, expect, it } from "vitest";
import { WorkerPool } from "@rivulet/server";
import { client, compiled, raw, settled, until } from "./helpers/pool.ts";

let pool: WorkerPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe("WorkerPool", () => {
  it("logs a stray throw from a timer and keeps the thread serving", async () => {
    const logged: string[] = [];
    pool = new WorkerPool({ threads: 1, log: (text: string) => logged.push(text) });
    await pool.setScript(compiled(`if (st.button("boom")) setTimeout(() => { throw new Error("stray from a timer"); }, 0);\nst.text("ok");`));
    const a = client(pool, "a");
    await a.finished(1);
    a.click("boom");
    await a.finished(2);
    const line = await until(() => logged.find((text) => text.includes("stray from a timer")), "the stray error in the log");
    // The stack points at the user's file, not the data: URL the worker imported.
    expect(line).toContain("pool-test.ts");
    // Same thread: it still opens sessions, runs them, and loads scripts.
    const b = client(pool, "b");
    expect(await b.finished(1)).toBe("completed");
    expect(await settled(pool.setScript(compiled(`st.text("v2");`)), "setScript")).toEqual({ error: null, files: [] });
    await until(() => b.texts().includes("v2"), "b rerun with v2");
    expect(a.errors()).toEqual([]);
  });

  it("ends the session that stopped its thread, moves the others with their state, and replaces the thread", async () => {
    const logged: string[] = [];
    pool = new WorkerPool({ threads: 1, log: (text: string) => logged.push(text) });
    await pool.setScript(compiled(`st.sessionState.n ??= 0;\nif (st.button("add")) st.sessionState.n++;\nif (st.button("die")) process.exit(3);\nst.text("n " + st.sessionState.n);`));
    const a = client(pool, "a");
    const b = client(pool, "b");
    await a.finished(1);
    await b.finished(1);
    b.click("add");
    await b.finished(2);
    a.click("die");
    const error = await until(() => a.errors()[0], "an error on the page whose run stopped the thread");
    expect(error).toMatch(/^This page's session has ended: the worker running it stopped \(exit code 3\)\. Reload the page/);
    expect(logged.some((text) => /worker stopped/.test(text))).toBe(true);
    // b starts again on the new thread from its state after its last completed run.
    await until(() => b.messages.filter((m) => m.type === "hello").length === 2, "b's session started again");
    await until(() => b.outcomes().length === 3, "b's first run on the new thread");
    expect(b.texts().at(-1)).toBe("n 1");
    b.click("add");
    await b.finished(4);
    expect(b.texts().at(-1)).toBe("n 2");
    expect(b.errors()).toEqual([]);
    // a's session is gone: messages to it go nowhere, disposing it is harmless.
    a.session.receive(JSON.stringify({ type: "rerun" }));
    a.session.dispose();
    const c = client(pool, "c");
    expect(await c.finished(1)).toBe("completed");
    expect(await settled(pool.setScript(compiled(`st.text("v2");`)), "setScript")).toEqual({ error: null, files: [] });
    await until(() => c.texts().includes("v2"), "c rerun with v2");
    expect(a.outcomes()).toEqual(["completed"]);
  });

  it("keeps replacing a thread that dies after it ran, however often users make it die", async () => {
    pool = new WorkerPool({ threads: 1, log: () => {} });
    await pool.setScript(compiled(`if (st.button("die")) process.exit(3);\nst.text("alive");`));
    for (let round = 0; round < 5; round++) {
      const page = client(pool, `p${round}`);
      expect(await page.finished(1)).toBe("completed");
      page.click("die");
      await until(() => page.errors()[0], `round ${round}: the page told its worker stopped`);
    }
    const last = client(pool, "last");
    expect(await last.finished(1)).toBe("completed");
    expect(last.texts()).toContain("alive");
  });

  it("settles a load with an error when the thread dies during it, and keeps the last good script", async () => {
    pool = new WorkerPool({ threads: 2, log: () => {} });
    await pool.setScript(compiled(`st.text("good");`));
    const outcome = await settled(pool.setScript(raw(`process.exit(4);`)), "the load that killed its thread");
    expect(outcome.error?.message).toMatch(/stopped/);
    // Both replacements run the last script that loaded.
    const clients = [client(pool, "a"), client(pool, "b"), client(pool, "c")];
    for (const c of clients) expect(await c.finished(1)).toBe("completed");
    for (const c of clients) expect(c.texts()).toEqual(["good"]);
  });

  it("applies a reload while a run spins in a loop with no st call", async () => {
    pool = new WorkerPool({ threads: 1 });
    await pool.setScript(compiled(`st.text("v1");\nif (st.button("spin")) { let i = 0; while (true) i++; }`));
    const a = client(pool, "a");
    const b = client(pool, "b");
    await a.finished(1);
    await b.finished(1);
    a.click("spin");
    await until(() => a.runsStarted() === 2, "the spinning run to start");
    const outcome = await settled(pool.setScript(compiled(`st.text("v2");`)), "setScript during a spin");
    expect(outcome).toEqual({ error: null, files: [] });
    expect(await a.finished(3)).toBe("completed");
    expect(a.outcomes()[1]).toBe("interrupted");
    expect(a.texts().at(-1)).toBe("v2");
    await until(() => b.texts().includes("v2"), "b rerun with v2");
  });

  it("never opens a session closed before the script loaded", async () => {
    pool = new WorkerPool({ threads: 1 });
    const script = compiled(`const seen: string[] = ((globalThis as any).seenIds ??= []);\nseen.push(st.queryParams.id);\nst.text(seen.join(","));`);
    const a = client(pool, "a", "id=a");
    const closed = client(pool, "closed", "id=closed");
    closed.session.receive(JSON.stringify({ type: "rerun" }));
    closed.session.dispose();
    await pool.setScript(script);
    await a.finished(1);
    // Opened after the load, on the same thread: it sees every session that ever ran there.
    const c = client(pool, "c", "id=c");
    await c.finished(1);
    expect(c.texts()).toEqual(["a,c"]);
    expect(closed.messages).toEqual([]);
  });

  it("keeps nothing of the sessions it closed", async () => {
    pool = new WorkerPool({ threads: 2 });
    await pool.setScript(compiled(`st.sessionState.n ??= 0;\nif (st.button("add")) st.sessionState.n++;\nst.text("n " + st.sessionState.n);`));
    for (let round = 0; round < 3; round++) {
      const pages = Array.from({ length: 100 }, (_, i) => client(pool!, `p${round}.${i}`));
      for (const page of pages) await page.finished(1);
      for (const page of pages) page.click("add");
      for (const page of pages) await page.finished(2);
      for (const page of pages) page.session.dispose();
      expect(pool.stats.sessions).toBe(0);
      expect((await pool.memory()).map((thread) => thread.sessions)).toEqual([0, 0]);
    }
  });

  it("settles a load in progress when it is closed", async () => {
    const closing = new WorkerPool({ threads: 2 });
    const loading = closing.setScript(compiled(`st.text("never runs");`));
    await closing.close();
    expect((await settled(loading, "the load of a closed pool")).error?.message).toMatch(/stopped/);
  });

  it("settles overlapping setScript calls each with its own outcome", async () => {
    pool = new WorkerPool({ threads: 2 });
    const broken = pool.setScript(raw(`throw new Error("broken module");`));
    const fixed = pool.setScript(compiled(`st.text("fixed");`));
    const [first, second] = await settled(Promise.all([broken, fixed]), "both setScript calls");
    expect(first.error?.message).toBe("broken module");
    expect(second).toEqual({ error: null, files: [] });
    // The last call wins on every thread.
    const clients = [client(pool, "a"), client(pool, "b")];
    for (const c of clients) expect(await c.finished(1)).toBe("completed");
    for (const c of clients) expect(c.texts()).toEqual(["fixed"]);
  });
});
