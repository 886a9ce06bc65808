// What a cached function wrote while it computed (st.cacheData, st.cacheResource), kept with its
// value so that a cache hit writes it again, as Streamlit replays a cached function's elements.
//
// Blocks are recorded by reference, not by path: `base` is the block the function was called
// in (where its plain `st.text()` calls wrote), the roots are the session's main area and
// sidebar, and every other block is one the function made itself, named by the order it made
// them. On replay each reference is the block of the replaying run: its current container, its
// own roots, the blocks the replay made. A write to a block made outside the function (a column
// the script passed in) has no such block on replay: the recording says so, and the replay
// refuses (Streamlit's CacheReplayClosureError).

import type { ElementNode } from "../wire/protocol.ts";
import type { BlockSpec, LiveBlock } from "./live.ts";
import type { TreeWriter } from "./writer.ts";

/** 0: the base; negative: root `-1 - ref`; positive: the n-th block the function made. */
type BlockRef = number;

export type RecordedOp =
  | { op: "element"; block: BlockRef; node: ElementNode; at?: number }
  | { op: "block"; block: BlockRef; spec: BlockSpec; at?: number }
  | { op: "respec"; block: BlockRef; spec: BlockSpec }
  | { op: "clear"; block: BlockRef };

/** A recording's ops, as a cache entry keeps them (JSON: they may cross threads). */
export interface Replayable {
  readonly ops: readonly RecordedOp[];
  /** It wrote to a block made outside the function: it cannot be replayed. */
  readonly closure: boolean;
}

export class Recording implements Replayable {
  readonly ops: RecordedOp[] = [];
  closure = false;
  /**
   * Set when the function is done: an async function's last continuation leaves its frame in
   * place until the next await resumes another, and what is written meanwhile is not its own.
   */
  private stopped = false;
  private readonly refs = new Map<LiveBlock, BlockRef>();
  private made = 0;

  constructor(base: LiveBlock, roots: readonly LiveBlock[]) {
    roots.forEach((root, i) => this.refs.set(root, -1 - i));
    this.refs.set(base, 0);
  }

  stop(): void {
    this.stopped = true;
  }

  element(block: LiveBlock, node: ElementNode, at: number | undefined): void {
    if (this.stopped) return;
    const ref = this.ref(block, at);
    if (ref !== null) this.ops.push(at === undefined ? { op: "element", block: ref, node } : { op: "element", block: ref, node, at });
  }

  block(block: LiveBlock, spec: BlockSpec, at: number | undefined, made: LiveBlock): void {
    if (this.stopped) return;
    const ref = this.ref(block, at);
    // Made even when its parent cannot be replayed: what is written in it refers to it.
    this.refs.set(made, ++this.made);
    if (ref !== null) this.ops.push(at === undefined ? { op: "block", block: ref, spec } : { op: "block", block: ref, spec, at });
  }

  respec(block: LiveBlock, spec: BlockSpec): void {
    if (this.stopped) return;
    const ref = this.ref(block, undefined);
    if (ref !== null) this.ops.push({ op: "respec", block: ref, spec });
  }

  clear(block: LiveBlock): void {
    if (this.stopped) return;
    const ref = this.ref(block, undefined);
    if (ref !== null) this.ops.push({ op: "clear", block: ref });
  }

  /**
   * A write at a fixed slot (`at`) of the base or a root is an element handle made outside the
   * function: its slot means nothing in the replaying run.
   */
  private ref(block: LiveBlock, at: number | undefined): BlockRef | null {
    const ref = this.refs.get(block);
    if (ref === undefined || (at !== undefined && ref <= 0)) {
      this.closure = true;
      return null;
    }
    return ref;
  }
}

/** Writes `recorded` again through `writer`, its base being `base`. False when it cannot be (a closure). */
export function replay(recorded: Replayable, writer: TreeWriter, base: LiveBlock, roots: readonly LiveBlock[]): boolean {
  if (recorded.closure) return false;
  const made: LiveBlock[] = [];
  const blockOf = (ref: BlockRef): LiveBlock => (ref === 0 ? base : ref < 0 ? roots[-1 - ref]! : made[ref - 1]!);
  for (const op of recorded.ops) {
    switch (op.op) {
      case "element":
        writer.writeElement(blockOf(op.block), op.node, op.at);
        break;
      case "block":
        made.push(writer.writeBlock(blockOf(op.block), op.spec, false, op.at));
        break;
      case "respec":
        writer.respec(blockOf(op.block), op.spec);
        break;
      case "clear":
        writer.clear(blockOf(op.block));
        break;
    }
  }
  return true;
}
