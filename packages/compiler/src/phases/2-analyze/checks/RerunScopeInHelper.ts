// Warns about `st.rerun({ scope: "fragment" })` in a function that is not a fragment (a helper):
// it works only when the helper is called from a fragment during that fragment's own rerun, and
// raises RivuletAPIError in every other run (a full run, or a call from outside any fragment).
// Widget callbacks are left to `rerun_in_callback`: a rerun there does nothing at all. A helper
// the script calls only from fragments (directly, or through helpers called only from
// fragments) is fine: its rerun happens in the fragment's rerun.
import type { Binding, NodePath } from "@babel/traverse";
import type * as t from "@babel/types";
import { d } from "../../../diagnostics/index.ts";
import type { Analysis } from "../analysis.ts";
import { runContext } from "../same-run.ts";
import type { CheckContext } from "./context.ts";
import { rerunCalls, rerunScope } from "./rerun-calls.ts";

export function rerunScopeInHelper(ctx: CheckContext): void {
  const { fragments, callbacks } = ctx.analysis;
  for (const call of rerunCalls(ctx.analysis.calls.values())) {
    if (rerunScope(call)?.value !== "fragment" || runContext(call.path, ctx.analysis) === null) continue;
    const covered = call.path.findParent((p) => p.isFunction() && (fragments.has(p.node) || callbacks.has(p.node)));
    const helper = call.path.getFunctionParent();
    if (!covered && (helper === null || !calledOnlyFromFragments(helper, ctx.analysis))) ctx.report(d.rerun_scope_fragment_in_helper(ctx.span(call.path.node)));
  }
}

/**
 * Is every use of the helper `fn` a call made inside a fragment function, or inside another
 * helper of which the same holds? Followed with a worklist (helper chains can be long); a
 * helper used any other way (passed on, called at the top level, not a constant) is not.
 */
function calledOnlyFromFragments(fn: NodePath<t.Function>, analysis: Pick<Analysis, "fragments">): boolean {
  const checked = new Set<t.Node>([fn.node]);
  const pending: NodePath<t.Function>[] = [fn];
  for (let helper = pending.pop(); helper !== undefined; helper = pending.pop()) {
    const binding = bindingOf(helper);
    if (binding === undefined || binding.referencePaths.length === 0) return false;
    for (const ref of binding.referencePaths) {
      const call = ref.parentPath;
      if (!call?.isCallExpression() || call.node.callee !== ref.node) return false;
      const caller = call.getFunctionParent();
      if (caller === null) return false;
      if (analysis.fragments.has(caller.node) || checked.has(caller.node)) continue;
      checked.add(caller.node);
      pending.push(caller);
    }
  }
  return true;
}

/** The constant binding a function is declared or assigned to: `function f() {}`, `const f = () => {}`. */
function bindingOf(fn: NodePath<t.Function>): Binding | undefined {
  const declarator = fn.parentPath;
  const name = fn.isFunctionDeclaration() ? fn.node.id?.name : declarator?.isVariableDeclarator() && declarator.node.id.type === "Identifier" ? declarator.node.id.name : undefined;
  const scope = fn.isFunctionDeclaration() ? fn.parentPath.scope : declarator?.scope;
  const binding = name === undefined ? undefined : scope?.getBinding(name);
  return binding?.constant === true ? binding : undefined;
}
