// Compiled scripts are plain ES2022 modules that Node runs against the RunHandle contract.
// Each script runs in a child Node process with a recording fake of `rivulet` and of `$rt`.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { originalPositionFor, TraceMap, type SourceMapInput } from "@jridgewell/trace-mapping";
import { compile } from "@rivulet/compiler";
import { afterAll, expect, test } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "rivulet-compiler-run-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

writeFileSync(
  join(dir, "rivulet.mjs"),
  `export class ControlSignal extends Error {}
export const log = [];
export function text(s) { log.push(["text", s]); }
export function write(v) { log.push(["write", v]); }
export function button(label) { log.push(["button", label]); return true; }
export function rerun() { throw new ControlSignal("rerun"); }
export function container() { return { text(s) { log.push(["container.text", s]); } }; }
export const sidebar = { text(s) { log.push(["sidebar.text", s]); } };
// The module-level proxies: compiled code must not reach them (it uses $rt's, bound to its session).
export const sessionState = { module: true };
export const queryParams = { module: true, get(k) { return "module " + k; } };
`,
);

// The data support a module that may write data imports (`import "rivulet/data"`): nothing to fake.
writeFileSync(join(dir, "rivulet-data.mjs"), "");

writeFileSync(
  join(dir, "driver.mjs"),
  `import { ControlSignal, log } from "./rivulet.mjs";
const halt = new Int32Array(1);
globalThis.requestHalt = () => { halt[0] = 1; };
const trace = { sites: [], pauses: 0, resumes: 0, checkpoints: 0, steps: 0, closed: 0 };
const sessionState = {};
const queryParams = { get(k) { return "run " + k; } };
const $rt = {
  halt,
  call(site, target, method, ...args) {
    trace.sites.push(site);
    return typeof method === "string" ? target[method](...args) : method.apply(target, args);
  },
  checkpoint() { trace.checkpoints++; if (halt[0] !== 0) throw new ControlSignal("halt"); },
  rethrow(e) { if (e instanceof ControlSignal) throw e; },
  pause(v) { trace.pauses++; return v; },
  resume(v) { trace.resumes++; return v; },
  sessionState,
  queryParams,
  iterate(iterable) {
    const source = Symbol.asyncIterator in Object(iterable)
      ? iterable[Symbol.asyncIterator]()
      : (async function* () { yield* iterable; })();
    return {
      [Symbol.asyncIterator]: () => ({
        async next() { trace.steps++; return source.next(); },
        async return(value) { trace.closed++; return (await source.return?.(value)) ?? { done: true, value }; },
      }),
    };
  },
};
const { default: run } = await import(process.argv[2]);
let outcome = "completed", stack = null, synchronous = null;
try {
  const returned = run($rt);
  synchronous = !(returned instanceof Promise);
  await returned;
} catch (e) {
  outcome = e instanceof ControlSignal ? e.message : "exception";
  stack = e.stack;
}
const { sessionState: moduleSessionState, queryParams: moduleQueryParams } = await import("./rivulet.mjs");
const state = { run: sessionState, module: { ...moduleSessionState }, moduleQueryParams: Object.keys(moduleQueryParams) };
console.log(JSON.stringify({ outcome, log, ...trace, stack, synchronous, state }));
`,
);

let count = 0;
function run(source: string) {
  const name = `app${count++}.mjs`;
  const { code, map } = compile(source, { filename: "app.ts", rewriteImport: (s) => (s === "rivulet" ? "./rivulet.mjs" : s === "rivulet/data" ? "./rivulet-data.mjs" : s) });
  const file = join(dir, name);
  writeFileSync(file, code!);
  const child = spawnSync(process.execPath, [join(dir, "driver.mjs"), pathToFileURL(file).href], { encoding: "utf8" });
  expect(child.stderr).toBe("");
  return { ...JSON.parse(child.stdout), map, file };
}

test("st calls go through $rt.call with their site ids, containers and named imports included", () => {
  const result = run(`import * as st from "rivulet";
import { sidebar, write } from "rivulet";
const c = st.container();
c.text("in c");
sidebar.text("side");
if (st.button("Go")) write(1);
`);
  expect(result.outcome).toBe("completed");
  expect(result.sites).toEqual(["container.0", "text.0", "text.1", "button.0", "write.0"]);
  expect(result.log).toEqual([["container.text", "in c"], ["sidebar.text", "side"], ["button", "Go"], ["write", 1]]);
});

test("a script that does not await at top level runs synchronously, its async helpers included", () => {
  const result = run(`import * as st from "rivulet";
async function later(x: number) {
  return await Promise.resolve(x);
}
void later(1);
st.write(2);
`);
  expect(result.synchronous).toBe(true);
  expect(result.outcome).toBe("completed");
  expect(result.log).toEqual([["write", 2]]);
});

test("a try/catch around st.rerun() cannot swallow the control signal", () => {
  const result = run(`import * as st from "rivulet";
try {
  st.rerun();
} catch {
  st.text("swallowed");
}
st.text("after");
`);
  expect(result.outcome).toBe("rerun");
  expect(result.log).toEqual([]);
});

test("a loop without st calls is halted at its back-edge checkpoint", () => {
  const result = run(`import * as st from "rivulet";
let i = 0;
while (true) {
  i++;
  if (i === 1000) (globalThis as any).requestHalt();
}
`);
  expect(result.outcome).toBe("halt");
  expect(result.checkpoints).toBe(1);
});

test("top-level await runs inside the run function and every await pauses and resumes", async () => {
  const result = run(`import * as st from "rivulet";
const n: number = await Promise.resolve(2);
async function twice(x: number) {
  return (await Promise.resolve(x)) * 2;
}
st.write(await twice(n));
`);
  expect(result.outcome).toBe("completed");
  expect(result.synchronous).toBe(false);
  expect(result.log).toEqual([["write", 4]]);
  expect(result.pauses).toBe(3);
  expect(result.resumes).toBe(3);
});

test("session state and query params are the run handle's, in every form and after an await", () => {
  const result = run(`import * as st from "rivulet";
import * as rv from "rivulet";
import { sessionState, queryParams as qp } from "rivulet";
if (!("count" in st.sessionState)) st.sessionState.count = 0;
st.sessionState.count += 1;
st.sessionState.stale = 1;
delete st.sessionState.stale;
st["sessionState"].bracket = st.queryParams.get("a");
(rv as any).sessionState.alias = rv.queryParams.get("b");
sessionState.named = qp.get("c");
await Promise.resolve().then(() => {
  st.sessionState.inThen = true;
});
function shadow(st: { sessionState: object }) {
  return st.sessionState;
}
{
  const sessionState = { local: true };
  sessionState.local = false;
  st.write(shadow({ sessionState }));
}
`);
  expect(result.outcome).toBe("completed");
  expect(result.state.run).toEqual({ count: 1, bracket: "run a", alias: "run b", named: "run c", inThen: true });
  expect(result.state.module).toEqual({ module: true });
  expect(result.state.moduleQueryParams).toEqual(["module", "get"]);
  expect(result.log).toEqual([["write", { local: false }]]);
});

test("for await iterates through $rt.iterate, each step counted, and a halt inside closes the iterator", () => {
  const result = run(`import * as st from "rivulet";
async function* chunks() {
  yield "a";
  yield "b";
}
for await (const chunk of chunks()) st.write(chunk);
for await (const n of [Promise.resolve(1), 2]) st.write(n);
// Endless, and with no loop of its own (whose checkpoint would halt inside the iterator).
const ticks = { [Symbol.asyncIterator]() { let i = 0; return { next: async () => ({ done: false, value: i++ }) }; } };
for await (const tick of ticks) {
  if (tick === 3) (globalThis as any).requestHalt();
}
st.write("unreached");
`);
  expect(result.synchronous).toBe(false);
  expect(result.outcome).toBe("halt");
  expect(result.log).toEqual([["write", "a"], ["write", "b"], ["write", 1], ["write", 2]]);
  // 3 steps (2 values + done), 3 steps, then ticks 0..4: the checkpoint at tick 4 halts.
  expect(result.steps).toBe(3 + 3 + 5);
  expect(result.checkpoints).toBe(1);
  expect(result.closed).toBe(1);
});

test("an exception's stack maps back to the user's line and column", () => {
  const result = run(`import * as st from "rivulet";
type T = { a: number };
st.text("before");
const t: T = { a: 1 };
if (t.a) throw new Error("boom");
`);
  expect(result.outcome).toBe("exception");
  const frame = new RegExp(`${result.file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:(\\d+):(\\d+)`).exec(result.stack);
  expect(frame).not.toBeNull();
  const original = originalPositionFor(new TraceMap(result.map as SourceMapInput), { line: Number(frame![1]), column: Number(frame![2]) - 1 });
  expect(original).toMatchObject({ source: "app.ts", line: 5, column: 15 });
});
