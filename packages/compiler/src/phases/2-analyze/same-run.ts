// Whether two points of a script run together in straight-line code: whenever the first runs,
// the second runs too, later in the same run. Conservative: "no" unless the file shows it, so
// that the checks built on it never guess. Both must be in the same function (an inline
// block-form body `c.with(() => ...)` runs in place, so it counts as its surroundings), neither
// may be conditional below the innermost node they share (an if or ?: branch, the right of
// && / || / ??, a switch case, a loop body, a catch), and no statement between them may leave
// (return, throw, break, continue, st.stop(), st.rerun()).
import type { NodePath } from "@babel/traverse";
import type * as t from "@babel/types";
import { onNamespace, type Analysis } from "./analysis.ts";

export type RunFacts = Pick<Analysis, "calls" | "withBodies">;

/** The function whose run `path` is part of: the innermost one that is not an inline block-form body. */
export function runContext(path: NodePath, facts: RunFacts): t.Function | null {
  let fn = path.getFunctionParent();
  while (fn && isInlineWithBody(fn, facts)) fn = fn.getFunctionParent();
  return fn?.node ?? null;
}

/** Does `second` (later in the source) run whenever `first` runs, in the same run? */
export function runTogether(first: NodePath, second: NodePath, facts: RunFacts): boolean {
  const context = runContext(first, facts);
  if (context !== runContext(second, facts)) return false;
  const ancestors = new Set(first.getAncestry().map((p) => p.node));
  let common: NodePath = second;
  while (!ancestors.has(common.node)) common = common.parentPath!;
  if (!unconditionalUpTo(first, common, facts) || !unconditionalUpTo(second, common, facts)) return false;
  const b = childOf(common, second);
  return b === null || !leavesBefore(first, common, b, context, facts);
}

/**
 * The straight-line region `path` is in: the nearest node above it that runs only sometimes
 * (an if branch, a loop body, …) or that is a function of its own, else the program. Two points
 * can run together only in the same region (then only a leaving statement between them parts
 * them): a check can group its points by region instead of comparing each with every other.
 */
function regionOf(path: NodePath, facts: RunFacts): t.Node {
  let p = path;
  for (; p.parentPath; p = p.parentPath) {
    if (p.isFunction() && !isInlineWithBody(p, facts)) return p.node;
    if (conditional(p)) return p.node;
  }
  return p.node;
}

/**
 * The points (in source order) that run whenever an earlier one runs, each with the nearest
 * such earlier point. Grouped by region: there only a leaving statement parts two points, and
 * one that parts a point from the nearest earlier one parts it from all earlier ones, so one
 * comparison per point tells, not one per pair.
 */
export function runTogetherPairs<P>(points: Iterable<P>, pathOf: (point: P) => NodePath, facts: RunFacts): [earlier: P, later: P][] {
  const last = new Map<t.Node, P>();
  const pairs: [P, P][] = [];
  for (const point of points) {
    const region = regionOf(pathOf(point), facts);
    const earlier = last.get(region);
    if (earlier !== undefined && runTogether(pathOf(earlier), pathOf(point), facts)) pairs.push([earlier, point]);
    last.set(region, point);
  }
  return pairs;
}

/**
 * `runTogetherPairs` within each group of points that share a key (a widget key, a form key),
 * with the key; points with a null key are left out. Each group is taken in source order.
 */
export function runTogetherPairsByKey<P>(
  points: Iterable<P>,
  keyOf: (point: P) => string | null,
  pathOf: (point: P) => NodePath,
  facts: RunFacts,
): [key: string, earlier: P, later: P][] {
  const byKey = new Map<string, P[]>();
  for (const point of points) {
    const key = keyOf(point);
    if (key === null) continue;
    const group = byKey.get(key);
    if (group === undefined) byKey.set(key, [point]);
    else group.push(point);
  }
  const pairs: [string, P, P][] = [];
  for (const [key, group] of byKey) {
    group.sort((a, b) => pathOf(a).node.start! - pathOf(b).node.start!);
    for (const [earlier, later] of runTogetherPairs(group, pathOf, facts)) pairs.push([key, earlier, later]);
  }
  return pairs;
}

function isInlineWithBody(fn: NodePath, facts: RunFacts): boolean {
  const withCall = facts.withBodies.get(fn.node as t.Function);
  return withCall !== undefined && fn.parentPath?.node === withCall.path.node;
}

/** The child of `ancestor` on the way down to `path`. */
function childOf(ancestor: NodePath, path: NodePath): NodePath | null {
  let p = path;
  while (p.parentPath && p.parentPath.node !== ancestor.node) p = p.parentPath;
  return p.parentPath ? p : null;
}

/** Does `path` run whenever `ancestor` runs (or, for a statement list, whenever its list is reached)? */
function unconditionalUpTo(path: NodePath, ancestor: NodePath, facts: RunFacts): boolean {
  for (let p = path; p.node !== ancestor.node && p.parentPath; p = p.parentPath) {
    if (p.isFunction() && !isInlineWithBody(p, facts)) return false;
    if (conditional(p)) return false;
  }
  return true;
}

/** Is `child` run only sometimes when its parent runs? */
function conditional(child: NodePath): boolean {
  const parent = child.parentPath!;
  const key = child.key;
  if (parent.isIfStatement() || parent.isConditionalExpression()) return key !== "test";
  if (parent.isLogicalExpression() || parent.isAssignmentPattern()) return key === "right";
  if (parent.isSwitchStatement()) return key !== "discriminant";
  if (parent.isWhileStatement() || parent.isForInStatement() || parent.isForOfStatement()) return key === "body";
  if (parent.isForStatement()) return key === "body" || key === "test" || key === "update";
  if (parent.isTryStatement()) return key === "handler";
  if (parent.isOptionalCallExpression() || parent.isOptionalMemberExpression()) return key !== "callee" && key !== "object";
  return false;
}

/** Is there a leaving statement after `first`, in the blocks around it, before `second`'s side `b`? */
function leavesBefore(first: NodePath, common: NodePath, b: NodePath, context: t.Function | null, facts: RunFacts): boolean {
  for (let p = first; p.parentPath && p.node !== common.node; p = p.parentPath) {
    if (!p.inList || !p.isStatement()) continue;
    // Sibling by sibling, up to `b` (not every next sibling first: that made a file of many
    // widgets quadratic).
    const list = p.container as t.Node[];
    for (let i = (p.key as number) + 1; i < list.length && list[i] !== b.node; i++) {
      if (leaves(p.getSibling(i) as NodePath, context, facts)) return true;
    }
  }
  return false;
}

function leaves(stmt: NodePath, context: t.Function | null, facts: RunFacts): boolean {
  if (stmt.isThrowStatement() || stmt.isBreakStatement() || stmt.isContinueStatement()) return true;
  // A return in an inline block-form body only leaves that body.
  if (stmt.isReturnStatement()) return (stmt.getFunctionParent()?.node ?? null) === context;
  if (!stmt.isExpressionStatement()) return false;
  const call = facts.calls.get(stmt.node.expression as t.CallExpression);
  return call !== undefined && onNamespace(call) && (call.method === "stop" || call.method === "rerun");
}
