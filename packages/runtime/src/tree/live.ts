// The session's element tree as the page last saw it, plus what the running execution has
// rewritten so far. Blocks are never moved: a block's path is fixed when it is created.

import type { BlockNode, ElementNode, NodePath } from "../wire/protocol.ts";
import { jsonEqual } from "../diff/equal.ts";

/** A block without its children: what identifies it in place (one variant per block kind). */
export type BlockSpec = BlockNode extends infer B ? (B extends BlockNode ? Omit<B, "children" | "kind"> : never) : never;

export interface LiveBlock {
  readonly kind: "block";
  readonly spec: BlockSpec;
  readonly path: NodePath;
  readonly parent: LiveBlock | null;
  children: LiveNode[];
  /** The execution that last wrote here, and how far it has written. */
  writtenBy: number;
  cursor: number;
  /** True when the execution writing here only appends (a block outside its scope). */
  appendOnly: boolean;
  /** The cursor at the last flush, to send `fresh` only when it moved. */
  flushedCursor: number;
}

export type LiveNode = ElementNode | LiveBlock;

export function newBlock(spec: BlockSpec, parent: LiveBlock | null, path: NodePath): LiveBlock {
  return { kind: "block", spec, path, parent, children: [], writtenBy: -1, cursor: 0, appendOnly: false, flushedCursor: 0 };
}

export function newRoots(): [main: LiveBlock, sidebar: LiveBlock] {
  return [newBlock({ block: "vertical" }, null, [0]), newBlock({ block: "vertical" }, null, [1])];
}

export function isBlock(node: LiveNode | undefined): node is LiveBlock {
  return node !== undefined && node.kind === "block";
}

/** Whether the block is still in the tree (a write into an `empty` can replace it). */
export function isAttached(block: LiveBlock): boolean {
  for (let b = block; b.parent !== null; b = b.parent) {
    if (b.parent.children[b.path[b.path.length - 1]!] !== b) return false;
  }
  return true;
}

/** The wire form of a node. New blocks are sent empty: their children follow as their own ops. */
export function toWire(node: LiveNode): ElementNode | BlockNode {
  return isBlock(node) ? { kind: "block", ...node.spec, children: [] } : node;
}

export function sameSpec(a: BlockSpec, b: BlockSpec): boolean {
  return jsonEqual(a, b);
}

/** The whole tree under `node` in wire form, children included: what a page holding it shows. */
export function snapshot(node: LiveNode): ElementNode | BlockNode {
  return isBlock(node) ? ({ ...toWire(node), children: node.children.map(snapshot) } as BlockNode) : node;
}

/** How far execution `execId` has rewritten each block it rewrites from the top (the page's `fresh` marks). */
export function freshMarks(roots: readonly LiveBlock[], execId: number): { path: NodePath; count: number }[] {
  const marks: { path: NodePath; count: number }[] = [];
  const stack: LiveBlock[] = [...roots];
  for (let block = stack.pop(); block !== undefined; block = stack.pop()) {
    if (block.writtenBy === execId && !block.appendOnly) marks.push({ path: block.path, count: block.cursor });
    for (const child of block.children) if (isBlock(child)) stack.push(child);
  }
  return marks;
}
