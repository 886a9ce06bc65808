// The module shape: imports and export-from stay at module level; every other top-level
// statement moves into `export default function run($rt) { ... }`, which the runtime calls once
// per run. The run function is async only when the script awaits at top level: the runtime runs
// a synchronous script synchronously (so that it can serve a session from inside another
// session's checkpoint). Runs last, after the other visitors and the TypeScript strip.
import type { NodePath } from "@babel/traverse";
import * as t from "@babel/types";
import { SKIP, walk } from "../../../utils/walk.ts";
import { RUN_HANDLE } from "../runtime-calls.ts";

export function Program(path: NodePath<t.Program>): void {
  const moduleLevel: t.Statement[] = [];
  const run: t.Statement[] = [];
  for (const stmt of path.node.body) {
    if (stmt.type === "ImportDeclaration" || stmt.type === "ExportAllDeclaration") moduleLevel.push(stmt);
    else if (stmt.type === "ExportNamedDeclaration") {
      if (stmt.source) moduleLevel.push(stmt);
      else if (stmt.declaration) run.push(stmt.declaration); // a script's exports are not kept
    } else if (stmt.type === "ExportDefaultDeclaration") run.push(defaultExportAsStatement(stmt.declaration));
    else run.push(stmt);
  }
  const runFunction = t.functionDeclaration(t.identifier("run"), [t.identifier(RUN_HANDLE)], t.blockStatement(run), false, awaitsAtTopLevel(path));
  path.node.body = [...moduleLevel, t.exportDefaultDeclaration(runFunction)];
}

function defaultExportAsStatement(declaration: t.ExportDefaultDeclaration["declaration"]): t.Statement {
  if ((declaration.type === "FunctionDeclaration" || declaration.type === "ClassDeclaration") && declaration.id) return declaration;
  if (declaration.type === "FunctionDeclaration") return t.expressionStatement(t.toExpression(declaration));
  if (declaration.type === "ClassDeclaration") return t.expressionStatement(t.toExpression(declaration));
  return t.isExpression(declaration) ? t.expressionStatement(declaration) : (declaration as t.Statement);
}

/** Does the script await outside every function (`await x`, `for await`, `await using`)? */
function awaitsAtTopLevel(program: NodePath<t.Program>): boolean {
  let found = false;
  walk(program.node, null, (node) => {
    if (found || t.isFunction(node)) return SKIP;
    found =
      node.type === "AwaitExpression" ||
      (node.type === "ForOfStatement" && node.await) ||
      (node.type === "VariableDeclaration" && node.kind === "await using");
    return null;
  });
  return found;
}
