// `st.Page("pages/orders.ts")`: a page of its own file. The compiler passes the page a loader
// after the options (`{ file, load: () => import("./pages/orders.ts?rivulet-page") }`), so that
// the page file is one of the app's modules: Vite's dev server and build, AppTest's module hooks
// and `rivulet check` compile it (as a page: a script of its own, `?rivulet-page` says so), and a
// build bundles it. The path is relative to the file that calls st.Page, as an import's is
// (Streamlit's: to the entry file, which is the same file in an app that lists its pages there).
import type * as t from "@babel/types";
import { NO_MAGIC_QUERY, PAGE_QUERY } from "@rivulet/runtime/internal";
import { onNamespace, type StCall } from "./analysis.ts";

export interface PageFile {
  /** The path as written. */
  pageFile: string;
}

export function findPageFiles(calls: Iterable<StCall>): Map<t.CallExpression, PageFile> {
  const files = new Map<t.CallExpression, PageFile>();
  for (const call of calls) {
    if (call.method !== "Page" || !onNamespace(call)) continue;
    const args = call.path.get("arguments");
    if (args.length === 0 || args.length > 2 || !args[0]!.isExpression()) continue;
    // A literal, or what the compiler can read of one (a `const` bound to a literal).
    const path = args[0]!.isStringLiteral() || args[0]!.isTemplateLiteral() || args[0]!.isIdentifier() ? args[0]!.evaluate() : null;
    if (path?.confident !== true || typeof path.value !== "string") continue;
    files.set(call.path.node, { pageFile: path.value });
  }
  return files;
}

/**
 * The import specifier of a page file: relative paths get their `./`, and the page query (and,
 * in an app compiled without magic, the query that says so, for the host that compiles the page).
 */
export function pageSpecifier(path: string, magic: boolean): string {
  const relative = path.startsWith("/") || path.startsWith("./") || path.startsWith("../") || /^[a-z]+:/i.test(path) ? path : `./${path}`;
  return `${relative}?${PAGE_QUERY}${magic ? "" : `&${NO_MAGIC_QUERY}`}`;
}
