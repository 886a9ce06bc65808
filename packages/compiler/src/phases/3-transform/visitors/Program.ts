// The module shape: imports and export-from stay at module level; every other top-level
// statement moves into `export default async function run($rt) { ... }`, which the runtime
// calls once per run. Runs last, after the other visitors and the TypeScript strip.
import type { NodePath } from "@babel/traverse";
import * as t from "@babel/types";
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
  const runFunction = t.functionDeclaration(t.identifier("run"), [t.identifier(RUN_HANDLE)], t.blockStatement(run), false, true);
  path.node.body = [...moduleLevel, t.exportDefaultDeclaration(runFunction)];
}

function defaultExportAsStatement(declaration: t.ExportDefaultDeclaration["declaration"]): t.Statement {
  if ((declaration.type === "FunctionDeclaration" || declaration.type === "ClassDeclaration") && declaration.id) return declaration;
  if (declaration.type === "FunctionDeclaration") return t.expressionStatement(t.toExpression(declaration));
  if (declaration.type === "ClassDeclaration") return t.expressionStatement(t.toExpression(declaration));
  return t.isExpression(declaration) ? t.expressionStatement(declaration) : (declaration as t.Statement);
}
