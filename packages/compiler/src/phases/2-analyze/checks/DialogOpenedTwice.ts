// Rejects opening dialogs twice in one run: two calls of functions returned by `st.dialog(...)`
// in straight-line code (the same dialog twice, or two dialogs; neither behind a condition the
// other is not behind). The run raises "Only one dialog is allowed to be opened at the same
// time" at the second.
import type { NodePath } from "@babel/traverse";
import type * as t from "@babel/types";
import { d } from "../../../diagnostics/index.ts";
import { onNamespace } from "../analysis.ts";
import { runTogetherPairs } from "../same-run.ts";
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
  for (const [first, second] of runTogetherPairs(opens, (open) => open, ctx.analysis)) {
    ctx.report(d.dialog_opened_twice(ctx.span(second.node), { line: String(ctx.span(first.node).start.line) }));
  }
}
