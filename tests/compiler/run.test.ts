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
`,
);

writeFileSync(
  join(dir, "driver.mjs"),
  `import { ControlSignal, log } from "./rivulet.mjs";
const halt = new Int32Array(1);
globalThis.requestHalt = () => { halt[0] = 1; };
const trace = { sites: [], pauses: 0, resumes: 0, checkpoints: 0 };
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
console.log(JSON.stringify({ outcome, log, ...trace, stack, synchronous }));
`,
);

let count = 0;
function run(source: string) {
  const name = `app${count++}.mjs`;
  const { code, map } = compile(source, { filename: "app.ts", rewriteImport: (s) => (s === "rivulet" ? "./rivulet.mjs" : s) });
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
