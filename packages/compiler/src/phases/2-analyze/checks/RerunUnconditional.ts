// Rejects an `st.rerun()` that every run reaches: a top-level statement (only plain blocks
// around it) with no earlier top-level statement that could end the run first (`st.stop()`,
// `st.rerun()`, `throw`, or anything containing one, including calls of local functions that
// contain one). Such a script reruns forever. A function that a statement only defines does
// not run there: its body counts where it is called (`reset()`), and not at all when it is only
// a widget callback, which runs before a later run, never in this one.
import type { NodePath } from "@babel/traverse";
import type * as t from "@babel/types";
import { d } from "../../../diagnostics/index.ts";
import { onNamespace, type StCall } from "../analysis.ts";
import { resolveLocalFunction } from "../local-functions.ts";
import { CALLBACK_OPTIONS } from "../st-api.ts";
import { propertyName } from "../unwrap.ts";
import type { CheckContext } from "./context.ts";
import { rerunCalls, rerunScope } from "./rerun-calls.ts";

export function rerunUnconditional(ctx: CheckContext): void {
  const { calls } = ctx.analysis;
  for (const call of rerunCalls(calls.values())) {
    const scope = rerunScope(call)?.value;
    if (scope !== undefined && scope !== "app") continue;
    const earlier = statementsBefore(call);
    if (earlier && !earlier.some((s) => mayEndRun(s, ctx.analysis, new Set()))) {
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

type Facts = CheckContext["analysis"];

function mayEndRun(path: NodePath, facts: Facts, visiting: Set<t.Node>): boolean {
  if (path.isThrowStatement()) return true;
  if (visiting.has(path.node)) return false;
  visiting.add(path.node);
  if (path.isFunction() && onlyDefined(path, facts)) return false;
  if (path.isCallExpression() && callEndsRun(path, facts, visiting)) return true;
  let found = false;
  path.traverse({
    Function(p) {
      if (onlyDefined(p, facts)) p.skip();
    },
    ThrowStatement(p) {
      found = true;
      p.stop();
    },
    CallExpression(p) {
      if (callEndsRun(p, facts, visiting)) {
        found = true;
        p.stop();
      }
    },
  });
  return found;
}

/** `st.stop()`, `st.rerun()`, or a call of a local function that may end the run. */
function callEndsRun(call: NodePath<t.CallExpression>, facts: Facts, visiting: Set<t.Node>): boolean {
  const st = facts.calls.get(call.node);
  if (st) return onNamespace(st) && (st.method === "stop" || st.method === "rerun");
  const fn = resolveLocalFunction(call.get("callee") as NodePath);
  return fn !== null && mayEndRun(fn.get("body") as NodePath, facts, visiting);
}

/**
 * Is this function only defined where it is written, never run there? A declaration, or a
 * constant's function, whose every use is a call (followed where it is made) or a widget
 * callback option; a callback written inline. A function handed to any other call (which may
 * run it), or used as a value, may run: it counts.
 */
function onlyDefined(fn: NodePath<t.Function>, facts: Facts): boolean {
  if (isCallbackOption(fn, facts)) return true;
  const name = fn.isFunctionDeclaration()
    ? fn.node.id?.name
    : fn.parentPath.isVariableDeclarator() && fn.key === "init" && fn.parentPath.node.id.type === "Identifier"
      ? fn.parentPath.node.id.name
      : undefined;
  if (name === undefined) return false;
  // The parent's scope: the function's own could hold a parameter of the same name.
  const binding = fn.parentPath.scope.getBinding(name);
  if (!binding?.constant) return false;
  return binding.referencePaths.every((ref) => (ref.parentPath?.isCallExpression() && ref.key === "callee") || isCallbackOption(ref, facts));
}

/** The value of a callback option (`{ onClick: … }`) of an st call. */
function isCallbackOption(path: NodePath, facts: Facts): boolean {
  const prop = path.isObjectMethod() ? path : path.parentPath;
  if (!prop || !(prop.isObjectMethod() || (prop.isObjectProperty() && path.key === "value"))) return false;
  const option = propertyName(prop.node.key, prop.node.computed);
  const call = prop.parentPath?.parentPath;
  return option !== null && CALLBACK_OPTIONS.has(option) && call?.isCallExpression() === true && facts.calls.has(call.node);
}
