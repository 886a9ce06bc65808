// Rejects opening dialogs twice in one run: two calls of functions returned by `st.dialog(...)`
// in straight-line code (the same dialog twice, or two dialogs; neither behind a condition the
// other is not behind). The run raises "Only one dialog is allowed to be opened at the same
// time" at the second.
import type { NodePath } from "@babel/traverse";
import type * as t from "@babel/types";
import { d } from "../../../diagnostics/index.ts";
import { onNamespace } from "../analysis.ts";
import { regionOf, runTogether } from "../same-run.ts";
import type { CheckContext } from "./context.ts";

export function dialogOpenedTwice(ctx: CheckContext): void {
  const opens: NodePath<t.CallExpression>[] = [];
  for (const call of ctx.analysis.calls.values()) {
    if (call.method !== "dialog" || !onNamespace(call)) continue;
    const declarator = call.path.parentPath;
    if (!declarator.isVariableDeclarator() || declarator.node.id.type !== "Identifier") continue;
    const binding = declarator.scope.getBinding(declarator.node.id.name);
    if (!binding?.constant) continue;
    for (const ref of binding.referencePaths) {
      if (ref.parentPath?.isCallExpression() && ref.key === "callee") opens.push(ref.parentPath);
    }
  }
  opens.sort((a, b) => a.node.start! - b.node.start!);
  // By straight-line region, each open compared with the nearest earlier one (as
  // duplicate_widget_key does; same-run.ts's regionOf says why that tells for all).
  const byRegion = new Map<t.Node, NodePath<t.CallExpression>[]>();
  for (const open of opens) {
    const region = regionOf(open, ctx.analysis);
    const inRegion = byRegion.get(region);
    if (inRegion === undefined) byRegion.set(region, [open]);
    else inRegion.push(open);
  }
  for (const inRegion of byRegion.values()) {
    for (let i = 1; i < inRegion.length; i++) {
      const [first, second] = [inRegion[i - 1]!, inRegion[i]!];
      if (runTogether(first, second, ctx.analysis)) ctx.report(d.dialog_opened_twice(ctx.span(second.node), { line: String(ctx.span(first.node).start.line) }));
    }
  }
}
