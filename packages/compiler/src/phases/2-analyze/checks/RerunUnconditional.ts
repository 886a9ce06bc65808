// Rejects an `st.rerun()` that every run reaches: a top-level statement (only plain blocks
// around it) with no earlier top-level statement that could end the run first (`st.stop()`,
// `st.rerun()`, `throw`, or anything containing one, including calls of local functions that
// contain one). Such a script reruns forever.
import type { NodePath } from "@babel/traverse";
import type * as t from "@babel/types";
import { d } from "../../../diagnostics/index.ts";
import { onNamespace, type StCall } from "../analysis.ts";
import { resolveLocalFunction } from "../local-functions.ts";
import type { CheckContext } from "./context.ts";
import { rerunCalls, rerunScope } from "./rerun-calls.ts";

export function rerunUnconditional(ctx: CheckContext): void {
  const { calls } = ctx.analysis;
  for (const call of rerunCalls(calls.values())) {
    const scope = rerunScope(call)?.value;
    if (scope !== undefined && scope !== "app") continue;
    const earlier = statementsBefore(call);
    if (earlier && !earlier.some((s) => mayEndRun(s, calls, new Set()))) {
      ctx.report(d.rerun_unconditional(ctx.span(call.path.node)));
    }
  }
}

/** The top-level statements run before this call, or null when the call is not top-level. */
function statementsBefore(call: StCall): NodePath<t.Statement>[] | null {
  let stmt: NodePath = call.path.parentPath;
  if (!stmt.isExpressionStatement()) return null;
  const earlier: NodePath<t.Statement>[] = [];
  for (;;) {
    const parent: NodePath | null = stmt.parentPath;
    if (!parent) return null;
    if (!parent.isProgram() && !(parent.isBlockStatement() && (parent.parentPath?.isProgram() || parent.parentPath?.isBlockStatement()))) {
      return null;
    }
    const siblings = parent.get("body") as NodePath<t.Statement>[];
    earlier.push(...siblings.slice(0, siblings.findIndex((s) => s.node === stmt.node)));
    if (parent.isProgram()) return earlier;
    stmt = parent;
  }
}

function mayEndRun(path: NodePath, calls: Map<t.CallExpression, StCall>, visiting: Set<t.Node>): boolean {
  if (path.isThrowStatement()) return true;
  if (visiting.has(path.node)) return false;
  visiting.add(path.node);
  if (path.isCallExpression() && callEndsRun(path, calls, visiting)) return true;
  let found = false;
  path.traverse({
    ThrowStatement(p) {
      found = true;
      p.stop();
    },
    CallExpression(p) {
      if (callEndsRun(p, calls, visiting)) {
        found = true;
        p.stop();
      }
    },
  });
  return found;
}

/** `st.stop()`, `st.rerun()`, or a call of a local function that may end the run. */
function callEndsRun(call: NodePath<t.CallExpression>, calls: Map<t.CallExpression, StCall>, visiting: Set<t.Node>): boolean {
  const st = calls.get(call.node);
  if (st) return onNamespace(st) && (st.method === "stop" || st.method === "rerun");
  const fn = resolveLocalFunction(call.get("callee") as NodePath);
  return fn !== null && mayEndRun(fn.get("body") as NodePath, calls, visiting);
}
