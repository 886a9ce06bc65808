// A page file as the runtime takes it: `{ key, file, load: () => import("./file?rivulet-page") }`,
// for st.Page of a file (visitors/CallExpression.ts, keyed by its call's site) and the pages of
// a `pages/` folder (visitors/Program.ts). The import makes the file one of the app's modules,
// compiled as a page. A script (or page) exports its loaders (`export const $pageFiles = [...]`),
// so that the host loads its pages with it and each runs synchronously from its first show, and
// its st.Page calls pass `$pageFiles[i]`; a library module, which keeps its exports its own,
// passes the loader itself.
import * as t from "@babel/types";
import { PAGE_FILES_EXPORT } from "@rivulet/runtime/internal";
import { pageSpecifier } from "../2-analyze/page-files.ts";
import { rewriteSource } from "./import-source.ts";
import type { TransformState } from "./state.ts";

export function pageLoader(file: string, key: string, state: TransformState): t.Expression {
  if (state.mode === "library") return loaderObject(file, key, state);
  state.pageFiles.push(loaderObject(file, key, state));
  return t.memberExpression(t.identifier(PAGE_FILES_EXPORT), t.numericLiteral(state.pageFiles.length - 1), true);
}

/** `export const $pageFiles = [...]`: every page file the script names, for its host to load with it. */
export function pageFilesExport(state: TransformState): t.ExportNamedDeclaration | null {
  if (state.pageFiles.length === 0) return null;
  const loaders = t.arrayExpression(state.pageFiles);
  return t.exportNamedDeclaration(t.variableDeclaration("const", [t.variableDeclarator(t.identifier(PAGE_FILES_EXPORT), loaders)]));
}

function loaderObject(file: string, key: string, state: TransformState): t.ObjectExpression {
  const source = t.stringLiteral(pageSpecifier(file, state.appMagic));
  rewriteSource(source, state);
  const load = t.arrowFunctionExpression([], t.importExpression(source));
  return t.objectExpression([
    t.objectProperty(t.identifier("key"), t.stringLiteral(key)),
    t.objectProperty(t.identifier("file"), t.stringLiteral(file)),
    t.objectProperty(t.identifier("load"), load),
  ]);
}
