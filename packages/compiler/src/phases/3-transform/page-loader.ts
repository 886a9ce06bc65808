// A page file as the runtime takes it: `{ file, load: () => import("./file?rivulet-page") }`, for
// st.Page of a file (visitors/CallExpression.ts) and the pages of a `pages/` folder
// (visitors/Program.ts). The import makes the file one of the app's modules, compiled as a page.
import * as t from "@babel/types";
import { pageSpecifier } from "../2-analyze/page-files.ts";
import { rewriteSource } from "./import-source.ts";
import type { TransformState } from "./state.ts";

export function pageLoader(file: string, state: TransformState): t.ObjectExpression {
  const source = t.stringLiteral(pageSpecifier(file));
  rewriteSource(source, state);
  const load = t.arrowFunctionExpression([], t.importExpression(source));
  return t.objectExpression([t.objectProperty(t.identifier("file"), t.stringLiteral(file)), t.objectProperty(t.identifier("load"), load)]);
}
