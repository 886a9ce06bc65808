// Magic, as Streamlit's (runtime/scriptrunner/magic.py): a bare expression statement is written
// with st.write, so `` `## Sales for ${region}` `` on a line of its own renders and `df` alone
// shows it. Streamlit's rules, as they translate to TypeScript:
// - where: every statement list (the top level, blocks, branches, loops, try/catch/finally,
//   switch cases, function bodies of every kind, class methods) but class bodies (a static
//   block) and namespaces, as Streamlit leaves class bodies alone;
// - what: not a statement kept for its effect, where Streamlit leaves calls, `await` and
//   `yield` alone: calls (`new` and tagged templates too), assignments, `x++`, `delete`,
//   `void x`, and `a && f()` / `c ? f() : g()` / `!function () {}()`, whose value is a call's;
// - a string first in a file or a function body is a directive (`"use strict"`) to
//   TypeScript, never an expression statement: like Streamlit's docstrings, it is not written;
// - `a, b` is written as `st.write(a, b)`, as Streamlit writes a tuple's items.
import type { NodePath } from "@babel/traverse";
import * as t from "@babel/types";
import { walk } from "../../utils/walk.ts";
import { unwrap } from "./unwrap.ts";

export function findMagicWrites(program: NodePath<t.Program>): Set<t.ExpressionStatement> {
  const written = new Set<t.ExpressionStatement>();
  // The context: is the statement in a class body (a static block) or a namespace, where magic
  // does not write, rather than in a function (again a place where it does)?
  walk(program.node, false, (node, inClassBody) => {
    if (node.type === "ExpressionStatement" && !inClassBody && !forItsEffect(node.expression)) written.add(node);
    if (t.isFunction(node)) return false;
    if (node.type === "StaticBlock" || node.type === "TSModuleBlock") return true;
    return inClassBody;
  });
  return written;
}

/** Is the statement's value a call's (or an assignment's, an update's…), kept for its effect? */
function forItsEffect(node: t.Node): boolean {
  const n = unwrap(node);
  switch (n.type) {
    case "CallExpression":
    case "OptionalCallExpression":
    case "NewExpression":
    case "TaggedTemplateExpression":
    case "ImportExpression":
    case "AssignmentExpression":
    case "UpdateExpression":
    case "AwaitExpression":
    case "YieldExpression":
      return true;
    case "UnaryExpression":
      return n.operator === "void" || n.operator === "delete" || forItsEffect(n.argument);
    case "LogicalExpression":
      return forItsEffect(n.right);
    case "ConditionalExpression":
      return forItsEffect(n.consequent) || forItsEffect(n.alternate);
    case "SequenceExpression":
      return n.expressions.some(forItsEffect);
    default:
      return false;
  }
}
