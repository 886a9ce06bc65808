// Ops of the running execution wait here and go out as one `patch`: at the end of the run, or
// when the run is about to await (`$rt.pause`), with `fresh` marks so the page can tell
// rewritten elements from stale ones while the run goes on.

import type { PatchOp, ServerMessage } from "./protocol.ts";

export class Outbox {
  private ops: PatchOp[] = [];
  /** Where in `ops` the pending `set` of an element at a path is (its path joined). */
  private elementSets = new Map<string, number>();
  private runId = 0;

  constructor(
    private readonly send: (message: ServerMessage) => void,
    /** Called before a patch goes: the data its nodes name goes first (session/dataStore.ts). */
    private readonly beforeFlush: () => void = () => {},
  ) {}

  begin(runId: number): void {
    this.runId = runId;
  }

  /**
   * Queues an op. A newer element for a path that still has one pending replaces it in place
   * (an interrupted run's writes go out with the next run's: the page sees only the newer).
   * Blocks are never merged: ops inside them name them by path.
   */
  push(op: PatchOp): void {
    if (op.op === "set" && op.node.kind !== "block") {
      const key = op.path.join(".");
      const at = this.elementSets.get(key);
      if (at !== undefined) {
        this.ops[at] = op;
        return;
      }
      this.elementSets.set(key, this.ops.length);
    } else if (op.op === "set" || op.op === "trim") {
      // A block set or a trim can change what a path names: later sets must not jump back before it.
      this.elementSets.clear();
    }
    this.ops.push(op);
  }

  flush(): void {
    if (this.ops.length === 0) return;
    const ops = this.ops;
    this.ops = [];
    this.elementSets.clear();
    this.beforeFlush();
    this.send({ type: "patch", runId: this.runId, ops });
  }
}
