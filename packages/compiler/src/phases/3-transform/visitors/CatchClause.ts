// `catch (e) { ... }` → `catch (e) { $rt.rethrow(e); ... }`, so that user code cannot swallow the
// runtime's control signals (rerun, stop, halt). A missing or destructured parameter is
// replaced by a fresh identifier; a destructuring pattern is unpacked after the rethrow.
import type { NodePath } from "@babel/traverse";
import * as t from "@babel/types";
import { at, rethrow } from "../runtime-calls.ts";
import type { TransformState } from "../state.ts";

export function CatchClause(path: NodePath<t.CatchClause>, state: TransformState): void {
  const { node } = path;
  if (state.done.has(node)) return;
  state.done.add(node);
  const prologue: t.Statement[] = [];
  let error: t.Identifier;
  if (node.param?.type === "Identifier") {
    error = node.param;
  } else {
    error = path.scope.generateUidIdentifier("error");
    if (node.param) prologue.push(t.variableDeclaration("let", [t.variableDeclarator(node.param, t.cloneNode(error))]));
    node.param = error;
  }
  path.get("body").unshiftContainer("body", [at(rethrow(error), node), ...prologue]);
}
