// Issue 7, defect 7: what a run writes before a long stretch without an await reaches the page
// while the run goes on, as Streamlit shows each element as it is written.
import { afterEach, expect, it } from "vitest";
import { WorkerPool, compileScript, type ScriptSource } from "@rivulet/server";
import type { ServerMessage } from "@rivulet/runtime";

function compiled(source: string): ScriptSource {
  const result = compileScript(`import * as st from "rivulet";\n${source}`, "progress-test.ts");
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return { kind: "compiled", script: result.compiled };
}

let pool: WorkerPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

function open(source: ScriptSource) {
  pool = new WorkerPool({ threads: 1 });
  const messages: ServerMessage[] = [];
  const waiters: (() => void)[] = [];
  const loaded = pool.setScript(source);
  pool.open("progress", (json) => {
    if (typeof json !== "string") return;
    messages.push(JSON.parse(json) as ServerMessage);
    for (const wake of waiters.splice(0)) wake();
  });
  const next = async (test: (m: ServerMessage) => boolean): Promise<ServerMessage> => {
    for (;;) {
      const found = messages.find(test);
      if (found) return found;
      await new Promise<void>((wake) => waiters.push(wake));
    }
  };
  return { loaded, messages, next };
}

const texts = (m: ServerMessage) => (m.type === "patch" ? m.ops.flatMap((op) => (op.op === "set" && op.node.kind === "text" ? [op.node.body] : [])) : []);

it("a run busy in a loop shows what it wrote before the loop while the loop goes on", async () => {
  const { loaded, messages, next } = open(
    compiled(`
      st.text("Working…");
      const until = Date.now() + 1500;
      let n = 0;
      while (Date.now() < until) n++;
      st.text("Done");
    `),
  );
  await loaded;
  const working = await next((m) => texts(m).includes("Working…"));
  expect(texts(working)).toEqual(["Working…"]);
  expect(messages.filter((m) => m.type === "runFinished")).toEqual([]);
  const done = await next((m) => texts(m).includes("Done"));
  expect(messages.indexOf(done)).toBeGreaterThan(messages.indexOf(working));
  await next((m) => m.type === "runFinished");
});

it("progress goes out frame by frame, each element once", async () => {
  const { loaded, messages, next } = open(
    compiled(`
      for (let i = 0; i < 5; i++) {
        st.text("step " + i);
        const until = Date.now() + 200;
        while (Date.now() < until) {}
      }
    `),
  );
  await loaded;
  await next((m) => m.type === "runFinished");
  const patches = messages.filter((m) => m.type === "patch");
  expect(patches.length).toBeGreaterThanOrEqual(5);
  expect(patches.flatMap(texts)).toEqual(["step 0", "step 1", "step 2", "step 3", "step 4"]);
});
