// Rejects opening dialogs twice in one run: two calls of functions returned by `st.dialog(...)`
// in straight-line code (the same dialog twice, or two dialogs; neither behind a condition the
// other is not behind). The run raises "Only one dialog is allowed to be opened at the same
// time" at the second.
import { d } from "../../../diagnostics/index.ts";
import { dialogsOf } from "../dialog-opens.ts";
import { runTogetherPairs } from "../same-run.ts";
import type { CheckContext } from "./context.ts";

export function dialogOpenedTwice(ctx: CheckContext): void {
  const opens = dialogsOf(ctx.analysis.calls.values()).flatMap((dialog) => dialog.opens);
  opens.sort((a, b) => a.node.start! - b.node.start!);
  for (const [first, second] of runTogetherPairs(opens, (open) => open, ctx.analysis)) {
    ctx.report(d.dialog_opened_twice(ctx.span(second.node), { line: String(ctx.span(first.node).start.line) }));
  }
}
