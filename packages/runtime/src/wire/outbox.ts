// Ops of the running execution wait here and go out as one `patch`: at the end of the run, or,
// when the run yields (an await), on the next turn of the event loop with `fresh` marks so the
// page can tell rewritten elements from stale ones.

import type { PatchOp, ServerMessage } from "./protocol.ts";

export class Outbox {
  private ops: PatchOp[] = [];
  private runId = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly send: (message: ServerMessage) => void,
    /** Adds the `fresh` marks of a run still in progress. */
    private readonly markProgress: () => void,
  ) {}

  begin(runId: number): void {
    this.runId = runId;
  }

  push(op: PatchOp): void {
    this.ops.push(op);
    this.timer ??= setTimeout(() => {
      this.timer = null;
      this.markProgress();
      this.flush();
    }, 0);
  }

  /** The run ended: what is left goes out now. */
  end(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.flush();
  }

  private flush(): void {
    if (this.ops.length === 0) return;
    const ops = this.ops;
    this.ops = [];
    this.send({ type: "patch", runId: this.runId, ops });
  }
}
