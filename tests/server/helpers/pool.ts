// Driving a WorkerPool as a transport does: raw ClientMessages in, JSON ServerMessages out.
import { WorkerPool, compileScript, type ScriptSource } from "@rivulet/server";
import type { RunOutcome, ServerMessage } from "@rivulet/runtime";

export function compiled(source: string): ScriptSource {
  const result = compileScript(`import * as st from "rivulet";\n${source}`, "pool-test.ts");
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return { kind: "compiled", script: result.compiled };
}

/** A hand-made module: what the worker imports is exactly `code` (no compiler in between). */
export function raw(code: string): ScriptSource {
  return { kind: "compiled", script: { file: "raw-test.ts", code, map: null } };
}

/** Polls `condition` until it holds; no timing is asserted, the timeout only ends a hang. */
export async function until<T>(condition: () => T | undefined | false, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = condition();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Settles with `promise`, or rejects when it does not settle (a hang, the bug these tests catch). */
export function settled<T>(promise: Promise<T>, what: string, timeoutMs = 15_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} never settled`)), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function client(pool: WorkerPool, name: string, queryString = "") {
  const messages: ServerMessage[] = [];
  /** Widget ids by label, as the page learns them. */
  const widgets: Record<string, string> = {};
  const session = pool.open(name, (json) => {
    if (typeof json !== "string") return;
    const message = JSON.parse(json) as ServerMessage;
    messages.push(message);
    if (message.type === "patch") {
      for (const op of message.ops) if (op.op === "set" && "id" in op.node && "label" in op.node) widgets[op.node.label] = op.node.id;
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
    click: (label: string) => session.receive(JSON.stringify({ type: "trigger", id: widgets[label] })),
    set: (label: string, value: unknown) => session.receive(JSON.stringify({ type: "setValue", id: widgets[label], value })),
  };
}
