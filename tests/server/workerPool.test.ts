// The session worker pool survives what scripts do to its threads: a stray throw, a thread that
// dies, a reload while a run spins, sessions closed early, overlapping reloads. Tests drive the
// pool as a transport does: raw ClientMessages in, JSON ServerMessages out.
import { afterEach, describe, expect, it } from "vitest";
import { WorkerPool, compileScript, type ScriptSource } from "@rivulet/server";
import type { RunOutcome, ServerMessage } from "@rivulet/runtime";

function compiled(source: string): ScriptSource {
  const result = compileScript(`import * as st from "rivulet";\n${source}`, "pool-test.ts");
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return { kind: "compiled", script: result.compiled };
}

/** A hand-made module: what the worker imports is exactly `code` (no compiler in between). */
function raw(code: string): ScriptSource {
  return { kind: "compiled", script: { file: "raw-test.ts", code, map: null } };
}

/** Polls `condition` until it holds; no timing is asserted, the timeout only ends a hang. */
async function until<T>(condition: () => T | undefined | false, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = condition();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Settles with `promise`, or rejects when it does not settle (a hang, the bug these tests catch). */
function settled<T>(promise: Promise<T>, what: string, timeoutMs = 15_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} never settled`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function client(pool: WorkerPool, name: string, queryString = "") {
  const messages: ServerMessage[] = [];
  const buttons: Record<string, string> = {};
  const session = pool.open(name, (json) => {
    const message = JSON.parse(json) as ServerMessage;
    messages.push(message);
    if (message.type === "patch") {
      for (const op of message.ops) if (op.op === "set" && op.node.kind === "button") buttons[op.node.label] = op.node.id;
    }
  }, { queryString });
  const outcomes = () => messages.flatMap((m) => (m.type === "runFinished" ? [m.outcome] : []));
  const texts = () =>
    messages.flatMap((m) => (m.type === "patch" ? m.ops : [])).flatMap((op) => (op.op === "set" && op.node.kind === "text" ? [op.node.body] : []));
  return {
    session,
    messages,
    outcomes,
    texts,
    errors: () => messages.flatMap((m) => (m.type === "error" ? [m.message] : [])),
    runsStarted: () => messages.filter((m) => m.type === "runStarted").length,
    /** Waits until `count` runs have finished; returns the last one's outcome. */
    finished: (count: number): Promise<RunOutcome> => until(() => outcomes().length >= count && outcomes()[count - 1], `${name}'s run ${count}`),
    click: (label: string) => session.receive(JSON.stringify({ type: "trigger", id: buttons[label] })),
  };
}

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

  it("tells the pages of a dead thread to reload, forgets their sessions, and replaces the thread", async () => {
    const logged: string[] = [];
    pool = new WorkerPool({ threads: 1, log: (text: string) => logged.push(text) });
    await pool.setScript(compiled(`if (st.button("die")) process.exit(3);\nst.text("alive");`));
    const a = client(pool, "a");
    const b = client(pool, "b");
    await a.finished(1);
    await b.finished(1);
    a.click("die");
    for (const page of [a, b]) {
      const error = await until(() => page.errors()[0], "an error on each page of the dead thread");
      expect(error).toMatch(/reload/i);
    }
    expect(logged.some((text) => /worker/.test(text))).toBe(true);
    // The old sessions are gone: messages to them go nowhere, disposing them is harmless.
    a.session.receive(JSON.stringify({ type: "rerun" }));
    a.session.dispose();
    // The replacement runs the same script.
    const c = client(pool, "c");
    expect(await c.finished(1)).toBe("completed");
    expect(c.texts()).toContain("alive");
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
