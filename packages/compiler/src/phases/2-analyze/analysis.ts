// What phase 2 learns about a script, keyed by AST node so that phase 3 can look it up
// after the TypeScript strip (which keeps call, loop and function nodes in place).
import type { NodePath } from "@babel/traverse";
import type * as t from "@babel/types";
import type { Diagnostic } from "@rivulet/runtime/protocol";
import type { CompileMode } from "../../compile.ts";
import type { RivuletImports } from "./imports.ts";
import type { PageFile } from "./page-files.ts";
import type { SessionBoundReads } from "./session-bound.ts";

/**
 * What an st call is called on: the st namespace (or a named import), `st.sidebar`, or a
 * container that an st call created (`c` with `const c = st.container()`, `a` with
 * `const [a, b] = st.columns(2)`, `f` with `const f = st.form("k")`).
 */
export type Target = { kind: "namespace" } | { kind: "sidebar" } | { kind: "created"; by: t.CallExpression };

/**
 * An st call site. `member`: `target.method(...)` where target is the st namespace, `st.sidebar`
 * or a binding holding an st container. `named`: a call of a named import from "rivulet".
 */
export interface StCall {
  kind: "member" | "named";
  /** The st API name: the property for `member`, the imported name for `named`. */
  method: string;
  /** Named imports are called on the namespace. */
  target: Target;
  site: string;
  path: NodePath<t.CallExpression>;
}

export interface Analysis {
  /** A script (the entry, a page) or a library module (another module of the app). */
  mode: CompileMode;
  imports: RivuletImports;
  calls: Map<t.CallExpression, StCall>;
  /** Bare expression statements that magic writes with st.write (./magic.ts), with their site ids. */
  magic: Map<t.ExpressionStatement, string>;
  /** Functions passed to `st.fragment`, and to `st.dialog` (a dialog is a fragment). */
  fragments: Set<t.Function>;
  /** Widget callbacks, with how they were given (e.g. `onClick of st.button`). */
  callbacks: Map<t.Function, string>;
  /** Block-form bodies: the function of `c.with(fn)`, with the `with` call. */
  withBodies: Map<t.Function, StCall>;
  /**
   * What the compiler passes an st function after its declared arguments: st.echo's source
   * (./echo-sources.ts), a cached function's name and parameters (./cache-info.ts), a page
   * file's loader (./page-files.ts).
   */
  compilerArgs: Map<t.CallExpression, CompilerArg>;
  /** Functions given to st.cacheData / st.cacheResource, with the name each is known by (./cache-info.ts). */
  cachedFunctions: Map<t.Function, string>;
  /** Reads of `st.sessionState` / `st.queryParams` (or their named imports) → the member read. */
  sessionBound: SessionBoundReads;
  /** What the module imports, as written (./module-imports.ts), and its page files' imports (./page-files.ts). */
  moduleImports: string[];
  /** The module may write data (./data-writes.ts): phase 3 imports the runtime's data support into it. */
  writesData: boolean;
  diagnostics: Diagnostic[];
}

/** An argument the compiler adds after the first `arity` arguments (missing ones given as undefined). */
export interface CompilerArg {
  arity: number;
  /** Data, or a page file (./page-files.ts), which is passed with its loader. */
  value: string | { name?: string; params?: (string | null)[] } | PageFile;
}

export function onNamespace(call: StCall): boolean {
  return call.target.kind === "namespace";
}
