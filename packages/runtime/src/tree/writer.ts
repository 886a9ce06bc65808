// Writes one execution's elements into the live tree and emits the ops that bring the page's
// copy up to date: a `set` only where a node changed, `fresh` marks while the run is going,
// and `trim` at the end for what the run did not rewrite.

import type { ElementNode, PatchOp } from "../wire/protocol.ts";
import { jsonEqual } from "../diff/equal.ts";
import { type BlockSpec, type LiveBlock, isAttached, isBlock, newBlock, sameSpec, snapshot, toWire } from "./live.ts";
import type { Recording } from "./recording.ts";

export class TreeWriter {
  /** Blocks this execution wrote into, in first-touch order. */
  private readonly touched: LiveBlock[] = [];
  /**
   * The cached functions computing now (innermost last), each recording what is written
   * (tree/recording.ts); the execution swaps it with its frame. Empty in most of a run.
   */
  recordings: readonly Recording[] = [];

  constructor(
    private readonly execId: number,
    private readonly emit: (op: PatchOp) => void,
  ) {}

  /** This execution rewrites `block` from its first child (its scope, or a block it wrote). */
  claim(block: LiveBlock): void {
    if (block.writtenBy !== this.execId) this.touched.push(block);
    block.writtenBy = this.execId;
    block.cursor = 0;
    block.appendOnly = false;
    block.flushedCursor = -1;
  }

  /** Writes `node` at the next place in `block`, or at `at` (an element's slot); returns its index. */
  /**
   * `check` vets a node that differs from the one already there (an equal one passed it when
   * it was written): a run that rewrites a thousand unchanged elements checks none of them.
   */
  writeElement(block: LiveBlock, node: ElementNode, at?: number, check?: (node: ElementNode) => void): number {
    const index = at ?? this.nextIndex(block);
    const old = block.children[index];
    if (old === undefined || isBlock(old) || !jsonEqual(old, node)) {
      try {
        check?.(node);
      } catch (error) {
        // Refused: the place it took is free again, for what the run writes next (the error).
        if (at === undefined) block.cursor = index;
        throw error;
      }
      block.children[index] = node;
      this.emit({ op: "set", path: [...block.path, index], node });
    }
    for (const recording of this.recordings) recording.element(block, node, at);
    return index;
  }

  /** `renew` sends the block anew even when it is unchanged (a dismissed dialog opened again). */
  writeBlock(block: LiveBlock, spec: BlockSpec, renew = false, at?: number): LiveBlock {
    const index = at ?? this.nextIndex(block);
    const old = block.children[index];
    let child: LiveBlock;
    if (!renew && isBlock(old) && sameSpec(old.spec, spec)) {
      child = old;
    } else {
      child = newBlock(spec, block, [...block.path, index]);
      block.children[index] = child;
      this.emit({ op: "set", path: child.path, node: toWire(child) });
    }
    this.claim(child);
    for (const recording of this.recordings) recording.block(block, spec, at, child);
    return child;
  }

  /**
   * Gives `block` new fields (st.status's update): the page gets the block anew, children and
   * all, at its place.
   */
  respec(block: LiveBlock, spec: BlockSpec): void {
    for (const recording of this.recordings) recording.respec(block, spec);
    if (sameSpec(block.spec, spec)) return;
    (block as { spec: BlockSpec }).spec = spec;
    if (!isAttached(block)) return;
    this.emit({ op: "set", path: block.path, node: snapshot(block) });
    // The page holds the block anew: how far this run has rewritten it is news to it again.
    block.flushedCursor = -1;
  }

  /** Takes every child out of `block` (st.spinner's placeholder once its work is done). */
  clear(block: LiveBlock): void {
    for (const recording of this.recordings) recording.clear(block);
    if (block.children.length === 0) return;
    block.children.length = 0;
    if (block.writtenBy === this.execId) block.cursor = 0;
    this.emit({ op: "trim", path: block.path, length: 0 });
  }

  /** Replaces the element at `index` of `block` in place (a form's widgets cleared at the run's end). */
  replaceElement(block: LiveBlock, index: number, node: ElementNode): void {
    if (index >= block.children.length || isBlock(block.children[index])) return;
    block.children[index] = node;
    this.emit({ op: "set", path: [...block.path, index], node });
  }

  /** Emits `fresh` for every rewritten block whose cursor moved since the last call. */
  markFresh(): void {
    for (const block of this.touched) {
      if (block.appendOnly || block.cursor === block.flushedCursor) continue;
      block.flushedCursor = block.cursor;
      this.emit({ op: "fresh", path: block.path, count: block.cursor });
    }
  }

  /** Drops what this execution did not rewrite. Called when a run ends other than by a rerun or halt. */
  trim(): void {
    for (const block of this.touched) {
      if (block.appendOnly || block.children.length <= block.cursor || !isAttached(block)) continue;
      block.children.length = block.cursor;
      this.emit({ op: "trim", path: block.path, length: block.cursor });
    }
  }

  private nextIndex(block: LiveBlock): number {
    if (block.writtenBy !== this.execId) {
      // A block outside this execution's scope (the sidebar during a fragment rerun, a container
      // kept from an earlier run): what is written there accumulates after what is there.
      this.touched.push(block);
      block.writtenBy = this.execId;
      block.cursor = block.children.length;
      block.appendOnly = true;
    }
    // An `empty` holds one element: each write replaces it.
    const index = block.spec.block === "empty" ? 0 : block.cursor;
    block.cursor = index + 1;
    return index;
  }
}
