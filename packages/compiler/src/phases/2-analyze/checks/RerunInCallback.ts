// Warns about `st.rerun()` inside a widget callback (`onClick`, `onChange`, `onSubmit`):
// callbacks run before the rerun that follows every interaction, so the call does nothing. A
// named function that the script also uses otherwise (calls it directly) is not only a
// callback: its rerun works there, and the check says nothing.
import type { NodePath } from "@babel/traverse";
import type * as t from "@babel/types";
import { d } from "../../../diagnostics/index.ts";
import { CALLBACK_OPTIONS } from "../st-api.ts";
import { propertyName } from "../unwrap.ts";
import type { CheckContext } from "./context.ts";
import { rerunCalls } from "./rerun-calls.ts";

export function rerunInCallback(ctx: CheckContext): void {
  const { callbacks } = ctx.analysis;
  for (const call of rerunCalls(ctx.analysis.calls.values())) {
    const fn = call.path.findParent((p) => p.isFunction() && callbacks.has(p.node));
    const callback = fn && callbacks.get(fn.node as never);
    if (callback && !usedOtherwise(fn as NodePath<t.Function>)) ctx.report(d.rerun_in_callback(ctx.span(call.path.node), { callback }));
  }
}

/** Is the function named, with a use of its name that is not a callback option's value? */
function usedOtherwise(fn: NodePath<t.Function>): boolean {
  const id = fn.isFunctionDeclaration() ? fn.node.id : fn.parentPath?.isVariableDeclarator() && fn.parentPath.node.id.type === "Identifier" ? fn.parentPath.node.id : null;
  if (!id) return false;
  const binding = fn.parentPath?.scope.getBinding(id.name);
  return (binding?.referencePaths ?? []).some((ref) => {
    const parent = ref.parentPath;
    if (!parent?.isObjectProperty() || ref.key !== "value") return true;
    const option = propertyName(parent.node.key, parent.node.computed);
    return option === null || !CALLBACK_OPTIONS.has(option);
  });
}
