// Issue 7, defect 3: a thread stuck in code no checkpoint reaches (a loop in a module the
// compiler did not see) no longer freezes its sessions for good. The watchdog stops the thread;
// the session whose run was stuck ends with a clear message, the others start again on a new
// thread from their state after their last completed run, or are told why they could not.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { WorkerPool } from "@rivulet/server";
import { client, compiled, settled, until } from "./helpers/pool.ts";

let dir: string;
let helper: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "rivulet-watchdog-"));
  // Plain JavaScript the compiler never sees: no checkpoints in its loop.
  helper = path.join(dir, "helper.mjs");
  await writeFile(helper, `export function spin() { while (true) {} }\nexport async function spinLater() { await null; while (true) {} }\n`);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

let pool: WorkerPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

const app = () =>
  compiled(`import { spin, spinLater } from ${JSON.stringify(helper)};
st.sessionState.n ??= 0;
if (st.button("add")) st.sessionState.n++;
if (st.button("keep a function")) st.sessionState.fn = () => 1;
if (st.button("spin")) spin();
if (st.button("spin later")) await spinLater();
st.text("n " + st.sessionState.n);`);

describe("a thread stuck loading a script", () => {
  it("gets a few seconds to load, more than a run's limit, and is then stopped with the load failed", async () => {
    const spinning = path.join(dir, "spins-at-import.mjs");
    await writeFile(spinning, `while (true) {}\nexport const never = 1;\n`);
    const logged: string[] = [];
    pool = new WorkerPool({ threads: 1, stuckAfterMs: 300, log: (text) => logged.push(text) });
    const outcome = await pool.setScript(compiled(`import { never } from ${JSON.stringify(spinning)};\nst.text(String(never));`));
    expect(outcome.error?.message).toMatch(/The session worker stopped while loading the script \(was stuck for \d+ s\)/);
    // Stopped after the load grace (5 s, as the pool measured the silence), not the 300 ms a run gets.
    const seconds = Number(/ran (\d+) s without reaching a checkpoint/.exec(logged.join("\n"))?.[1]);
    expect(seconds).toBeGreaterThanOrEqual(5);
  }, 20_000);
});

describe("a thread stuck outside every checkpoint", () => {
  it("is stopped: its stuck session ends, the others move with their state, and new sessions run", async () => {
    const logged: string[] = [];
    pool = new WorkerPool({ threads: 1, stuckAfterMs: 500, log: (text) => logged.push(text) });
    await pool.setScript(app());
    const stuck = client(pool, "stuck");
    const other = client(pool, "other");
    await stuck.finished(1);
    await other.finished(1);
    other.click("add");
    await other.finished(2);
    other.click("add");
    await other.finished(3);

    stuck.click("spin");
    const error = await until(() => stuck.errors()[0], "the stuck page told its session ended");
    expect(error).toMatch(/^This page's session has ended: its run went \d+ s without reaching a checkpoint \(a loop or a long call in code the compiler did not see/);
    expect(error).toMatch(/Reload the page to start a new session\.$/);
    expect(logged.some((line) => /without reaching a checkpoint: stopping it/.test(line))).toBe(true);

    // The other session starts again from its state after its last completed run.
    await until(() => other.outcomes().length === 4, "the other session's first run on the new thread");
    expect(other.texts().at(-1)).toBe("n 2");
    other.click("add");
    await other.finished(5);
    expect(other.texts().at(-1)).toBe("n 3");
    expect(other.errors()).toEqual([]);

    // The stuck session is forgotten; new sessions get the new thread.
    stuck.session.receive(JSON.stringify({ type: "rerun" }));
    const fresh = client(pool, "fresh");
    expect(await fresh.finished(1)).toBe("completed");
    expect(fresh.texts()).toEqual(["n 0"]);
  });

  it("blames the session whose run left the code running, when it spins after an await", async () => {
    pool = new WorkerPool({ threads: 1, stuckAfterMs: 500, log: () => {} });
    await pool.setScript(app());
    const stuck = client(pool, "stuck");
    const other = client(pool, "other");
    await stuck.finished(1);
    await other.finished(1);
    stuck.click("spin later");
    const error = await until(() => stuck.errors()[0], "the page whose run spins after an await told why");
    expect(error).toMatch(/without reaching a checkpoint/);
    await until(() => other.outcomes().length === 2, "the other session moved");
    expect(other.errors()).toEqual([]);
  });

  it("moves a selectbox whose options are class instances: the page's index moves, the script gets this thread's option", async () => {
    pool = new WorkerPool({ threads: 1, stuckAfterMs: 500, log: () => {} });
    await pool.setScript(
      compiled(`import { spin } from ${JSON.stringify(helper)};
class Plan { constructor(name) { this.name = name; } }
const plan = st.selectbox("Plan", [new Plan("free"), new Plan("team")], { formatFunc: (p) => p.name });
if (st.button("spin")) spin();
st.text("plan " + plan.name + " " + (plan instanceof Plan));`),
    );
    const stuck = client(pool, "stuck");
    const chooser = client(pool, "chooser");
    await stuck.finished(1);
    await chooser.finished(1);
    chooser.set("Plan", 1);
    await chooser.finished(2);
    expect(chooser.texts().at(-1)).toBe("plan team true");
    stuck.click("spin");
    await until(() => stuck.errors()[0], "the stuck page told its session ended");
    await until(() => chooser.outcomes().length === 3, "the chooser's first run on the new thread");
    expect(chooser.errors()).toEqual([]);
    expect(chooser.texts().at(-1)).toBe("plan team true");
  });

  it("tells a session whose state cannot be moved why, instead of moving it changed", async () => {
    pool = new WorkerPool({ threads: 1, stuckAfterMs: 500, log: () => {} });
    await pool.setScript(app());
    const stuck = client(pool, "stuck");
    const holder = client(pool, "holder");
    await stuck.finished(1);
    await holder.finished(1);
    holder.click("keep a function");
    await holder.finished(2);
    stuck.click("spin");
    const error = await until(() => holder.errors()[0], "the page whose state holds a function told why");
    expect(error).toMatch(
      /^This page's session has ended: its worker stopped \(it was stuck for \d+ s\), and its state could not be moved: st\.sessionState\.fn holds a function\. Reload the page to start a new session\.$/,
    );
  });

  it("a script change made while a thread is stuck loads on its replacement", async () => {
    pool = new WorkerPool({ threads: 1, stuckAfterMs: 500, log: () => {} });
    await pool.setScript(app());
    const stuck = client(pool, "stuck");
    const other = client(pool, "other");
    await stuck.finished(1);
    await other.finished(1);
    stuck.click("spin");
    await until(() => stuck.runsStarted() === 2, "the stuck run to start");
    const outcome = await settled(pool.setScript(compiled(`st.text("v2");`)), "the load made while the thread was stuck");
    expect(outcome).toEqual({ error: null, files: [] });
    await until(() => other.texts().includes("v2"), "the other session running v2");
  });
});
