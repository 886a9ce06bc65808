// The module shape: imports and export-from stay at module level; every other top-level
// statement moves into `export default function run($rt) { ... }`, which the runtime calls once
// per run. The run function is async only when the script awaits at top level: the runtime runs
// a synchronous script synchronously (so that it can serve a session from inside another
// session's checkpoint). Runs last, after the other visitors and the TypeScript strip.
// An entry with a `pages/` folder and no st.navigation call (Streamlit's convention) hands its
// body to the runtime as its main page: `return $rtFolder($rt, "app.ts", function () {...},
// [{ file, load }...])`.
import type { NodePath } from "@babel/traverse";
import * as t from "@babel/types";
import { SKIP, walk } from "../../../utils/walk.ts";
import { rewriteSource } from "../import-source.ts";
import { pageFilesExport, pageLoader } from "../page-loader.ts";
import { FOLDER_NAVIGATION, INTERNAL_MODULE, RUN_HANDLE } from "../runtime-calls.ts";
import type { TransformState } from "../state.ts";

export function Program(path: NodePath<t.Program>, state: TransformState): void {
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
  const awaits = awaitsAtTopLevel(path);
  const folder = state.pagesFolder;
  if (folder === null) {
    const runFunction = t.functionDeclaration(t.identifier("run"), [t.identifier(RUN_HANDLE)], t.blockStatement(run), false, awaits);
    path.node.body = [...moduleLevel, t.exportDefaultDeclaration(runFunction), ...optional(pageFilesExport(state))];
    return;
  }
  // Anonymous: a name would shadow the script's own binding of it (its title is passed apart).
  const main = t.functionExpression(null, [], t.blockStatement(run), false, awaits);
  const pages = t.arrayExpression(folder.pages.map((file) => pageLoader(file, `pages-folder\u0000${file}`, state)));
  const call = t.callExpression(t.identifier(FOLDER_NAVIGATION), [t.identifier(RUN_HANDLE), t.stringLiteral(folder.entry), main, pages]);
  const runFunction = t.functionDeclaration(t.identifier("run"), [t.identifier(RUN_HANDLE)], t.blockStatement([t.returnStatement(call)]));
  const source = t.stringLiteral(INTERNAL_MODULE);
  rewriteSource(source, state);
  const helper = t.importDeclaration([t.importSpecifier(t.identifier(FOLDER_NAVIGATION), t.identifier("folderNavigation"))], source);
  path.node.body = [helper, ...moduleLevel, t.exportDefaultDeclaration(runFunction), ...optional(pageFilesExport(state))];
}

function optional<T>(node: T | null): T[] {
  return node === null ? [] : [node];
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
