// Interruption and runaway protection, measured on session workers (what `rivulet run` uses):
// the cost of checkpoints, how fast a loop with no st call halts when its page asks for a new
// run, how other sessions answer while one is stuck, and memory per idle session.
import { compile } from "@rivulet/compiler";
import { Session } from "@rivulet/runtime";
import { WorkerPool, compileScript, loadScript } from "@rivulet/server";

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// 1. Checkpoint cost: the same arithmetic loop compiled (a back-edge check per iteration) and not.
{
  const body = `let s = 0;\nfor (let i = 0; i < 10_000_000; i++) s = (s + i * i) % 1000003;\nst.sessionState.result = s;`;
  const compiled = await loadScript(`import * as st from "rivulet";\n${body}`, "bench-loop.ts");
  const plain = new Function("st", body);
  const session = new Session({ script: compiled.script, send: () => {}, sendData: () => {} });
  const state = { result: 0 };
  const timeCompiled = async () => {
    const start = performance.now();
    session.receive(JSON.stringify({ type: "rerun" }));
    await session.idle();
    return performance.now() - start;
  };
  const timePlain = () => {
    const start = performance.now();
    plain({ sessionState: state });
    return performance.now() - start;
  };
  session.start();
  await session.idle();
  const c = [];
  const p = [];
  for (let i = 0; i < 15; i++) {
    c.push(await timeCompiled());
    p.push(timePlain());
  }
  console.log(`checkpoints: 10^7-iteration loop ${median(c).toFixed(1)} ms compiled vs ${median(p).toFixed(1)} ms plain: ` +
    `${(median(c) / median(p)).toFixed(2)}x   goal <= 1.2x`);
  const emitted = compile(`import * as st from "rivulet";\n${body}`, { filename: "bench-loop.ts" }).code;
  if (!emitted.includes("$rt.checkpoint()")) throw new Error("the compiled loop has no checkpoint: the figure above means nothing");
}

// A script that spins with no st call after a click, and a light one.
const source = `
import * as st from "rivulet";
st.text("runs " + (st.sessionState.runs = (st.sessionState.runs ?? 0) + 1));
if (st.button("spin")) { let i = 0; while (true) i++; }
st.button("ping");
`;

const spinScript = compileScript(source, "bench-spin.ts").compiled;

/** A session in the pool, with the ids of its buttons and a way to wait for its next run's end. */
function client(pool, name) {
  const ids = {};
  const waiters = [];
  const started = [];
  const session = pool.open(name, (json) => {
    const m = JSON.parse(json);
    if (m.type === "patch") {
      for (const op of m.ops) if (op.op === "set" && op.node.kind === "button") ids[op.node.label] = op.node.id;
    } else if (m.type === "runFinished") {
      waiters.shift()?.(m.outcome);
    } else if (m.type === "runStarted") {
      started.shift()?.();
    }
  });
  return {
    session,
    ids,
    finished: () => new Promise((resolve) => waiters.push(resolve)),
    started: () => new Promise((resolve) => started.push(resolve)),
  };
}

// 2. From the event to the halt, for a loop with no st call in it.
{
  const pool = new WorkerPool({ threads: 1 });
  await pool.setScript({ kind: "compiled", script: spinScript });
  const a = client(pool, "spinner");
  await a.finished();
  const latencies = [];
  for (let i = 0; i < 30; i++) {
    const spinning = a.started();
    const first = a.finished();
    a.session.receive(JSON.stringify({ type: "trigger", id: a.ids.spin }));
    await spinning;
    await sleep(5);
    const start = performance.now();
    a.session.receive(JSON.stringify({ type: "rerun" }));
    const outcome = await first;
    latencies.push(performance.now() - start);
    if (outcome !== "interrupted") throw new Error(`expected an interrupted run, got ${outcome}`);
    await a.finished();
  }
  console.log(`interruption: event to halt of a spinning loop ${median(latencies).toFixed(2)} ms median, ` +
    `${Math.max(...latencies).toFixed(2)} ms max (30 runs)   goal <= 20 ms`);
  await pool.close();
}

// 3. Other sessions answer while one is stuck: 2 threads, 20 sessions, one spinning.
{
  const pool = new WorkerPool({ threads: 2 });
  await pool.setScript({ kind: "compiled", script: spinScript });
  const clients = Array.from({ length: 20 }, (_, i) => client(pool, `c${i}`));
  await Promise.all(clients.map((c) => c.finished()));
  const [stuck, ...others] = clients;
  const stuckRun = stuck.started();
  stuck.session.receive(JSON.stringify({ type: "trigger", id: stuck.ids.spin }));
  await stuckRun;
  const roundTrips = [];
  for (let round = 0; round < 20; round++) {
    await Promise.all(
      others.map(async (c) => {
        const done = c.finished();
        const start = performance.now();
        c.session.receive(JSON.stringify({ type: "trigger", id: c.ids.ping }));
        await done;
        roundTrips.push(performance.now() - start);
      }),
    );
  }
  console.log(`isolation: 19 sessions clicking while one spins: round trip p95 ${p95(roundTrips).toFixed(2)} ms, ` +
    `median ${median(roundTrips).toFixed(2)} ms (${roundTrips.length} clicks)   goal p95 <= 50 ms`);
  await pool.close();
}

// 4. Memory per idle session at 1000 sessions: the JS heap a session holds (measured in one
// thread, where a collection can be forced: node --expose-gc), plus its share of the threads.
{
  if (!globalThis.gc) throw new Error("run with node --expose-gc (npm run bench does)");
  const loaded = await loadScript(source, "bench-memory.ts");
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const sessions = Array.from({ length: 1000 }, () => new Session({ script: loaded.script, send: () => {} }));
  for (const session of sessions) session.start();
  await Promise.all(sessions.map((session) => session.idle()));
  gc();
  const perSession = (process.memoryUsage().heapUsed - heapBefore) / 1000;

  await sleep(100);
  const rssBefore = process.memoryUsage().rss;
  const pool = new WorkerPool({ threads: 2 });
  await pool.setScript({ kind: "compiled", script: spinScript });
  const perThread = (process.memoryUsage().rss - rssBefore) / 2;
  await pool.close();
  const total = perSession + (2 * perThread) / 1000;
  console.log(
    `memory: ${(perSession / 1024).toFixed(1)} KB of heap per idle session + ${(perThread / 1024 / 1024).toFixed(1)} MB per ` +
      `worker thread (2) = ${(total / 1024).toFixed(1)} KB per session at 1000 sessions   goal <= 200 KB`,
  );
}
