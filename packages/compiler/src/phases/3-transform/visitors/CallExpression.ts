// `st.header(x)` → `$rt.call("header.0", st, "header", x)`; `button("a")` (named import) →
// `$rt.call("button.0", undefined, button, "a")`. The target is evaluated once, as an argument.
// `st.echo(fn, options)` also gets the source of `fn` after the options, and st.cacheData the
// cached function's name and parameters (phase 2 read them), and st.Page of a file its loader.
import type { NodePath } from "@babel/traverse";
import * as t from "@babel/types";
import { invariant } from "../../../utils/invariant.ts";
import { pageLoader } from "../page-loader.ts";
import { at, rtCall } from "../runtime-calls.ts";
import type { TransformState } from "../state.ts";

export function CallExpression(path: NodePath<t.CallExpression>, state: TransformState): void {
  const call = state.analysis.calls.get(path.node);
  if (!call) return;
  const { callee } = path.node;
  const args = withCompilerArg(path.node, call.site, state);
  let replacement: t.CallExpression;
  if (call.kind === "named") {
    invariant(t.isExpression(callee), "a named st call has an expression callee");
    replacement = rtCall(call.site, t.identifier("undefined"), callee, args);
  } else {
    invariant(callee.type === "MemberExpression" && t.isExpression(callee.object), `st call ${call.site} has a member callee`);
    replacement = rtCall(call.site, callee.object, t.stringLiteral(call.method), args);
  }
  path.replaceWith(at(replacement, path.node));
}

function withCompilerArg(node: t.CallExpression, site: string, state: TransformState): t.CallExpression["arguments"] {
  const added = state.analysis.compilerArgs.get(node);
  if (added === undefined) return node.arguments;
  const given = node.arguments.slice(0, added.arity);
  while (given.length < added.arity) given.push(t.identifier("undefined"));
  const value = added.value;
  return [...given, typeof value === "object" && "pageFile" in value ? pageLoader(value.pageFile, `${site}\u0000${value.pageFile}`, state) : t.valueToNode(value)];
}
