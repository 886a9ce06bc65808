// What phase 2 learns about a script, keyed by AST node so that phase 3 can look it up
// after the TypeScript strip (which keeps call, loop and function nodes in place).
import type { NodePath } from "@babel/traverse";
import type * as t from "@babel/types";
import type { Diagnostic } from "@rivulet/runtime/protocol";

/**
 * An st call site. `member`: `target.method(...)` where target is the st namespace, `st.sidebar`
 * or a binding holding an st container. `named`: a call of a named import from "rivulet".
 */
export interface StCall {
  kind: "member" | "named";
  /** The st API name: the property for `member`, the imported name for `named`. */
  method: string;
  /** True when the target is the st namespace itself (or a named import), not a container. */
  onNamespace: boolean;
  site: string;
  path: NodePath<t.CallExpression>;
}

export interface Analysis {
  calls: Map<t.CallExpression, StCall>;
  /** Functions passed to `st.fragment`. */
  fragments: Set<t.Function>;
  /** Widget callbacks, with how they were given (e.g. `onClick of st.button`). */
  callbacks: Map<t.Function, string>;
  diagnostics: Diagnostic[];
}
