// Ops of the running execution wait here and go out as one `patch`: at the end of the run, or
// when the run is about to await (`$rt.pause`), with `fresh` marks so the page can tell
// rewritten elements from stale ones while the run goes on.

import type { PatchOp, ServerMessage } from "./protocol.ts";

export class Outbox {
  private ops: PatchOp[] = [];
  private runId = 0;

  constructor(private readonly send: (message: ServerMessage) => void) {}

  begin(runId: number): void {
    this.runId = runId;
  }

  push(op: PatchOp): void {
    this.ops.push(op);
  }

  flush(): void {
    if (this.ops.length === 0) return;
    const ops = this.ops;
    this.ops = [];
    this.send({ type: "patch", runId: this.runId, ops });
  }
}
