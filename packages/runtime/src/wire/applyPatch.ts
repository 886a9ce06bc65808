// The page's side of a patch: applies ops to a copy of the tree. AppTest keeps its copy with
// this, so every AppTest run checks that the ops rebuild exactly the session's tree.

import type { BlockNode, NodePath, PatchOp, TreeNode } from "./protocol.ts";

export function emptyPage(): [main: BlockNode, sidebar: BlockNode] {
  return [
    { kind: "block", block: "vertical", children: [] },
    { kind: "block", block: "vertical", children: [] },
  ];
}

export function applyPatch(roots: BlockNode[], op: PatchOp): void {
  if (op.op === "fresh") return;
  if (op.op === "trim") {
    const block = blockAt(roots, op.path);
    block.children.length = Math.min(block.children.length, op.length);
    return;
  }
  const parent = blockAt(roots, op.path.slice(0, -1));
  const index = op.path[op.path.length - 1]!;
  if (index > parent.children.length) throw new Error(`Patch sets ${op.path.join(".")} past the end of its block.`);
  parent.children[index] = structuredCloneNode(op.node);
}

function blockAt(roots: BlockNode[], path: NodePath): BlockNode {
  let node: TreeNode | undefined = roots[path[0]!];
  for (const index of path.slice(1)) node = node?.kind === "block" ? node.children[index] : undefined;
  if (node?.kind !== "block") throw new Error(`Patch names ${path.join(".")}, which is not a block.`);
  return node;
}

function structuredCloneNode(node: TreeNode): TreeNode {
  return node.kind === "block" ? { ...node, children: [] } : node;
}
