// Rejects opening a dialog from the body of a dialog (`const a = st.dialog("A", () => b())`
// with `b` a dialog): the run raises "Dialogs may not be nested inside other dialogs", as in
// Streamlit. Only what the file shows: the call is in the body itself, not in a function
// defined there (a widget callback runs outside the dialog).
import type * as t from "@babel/types";
import { d } from "../../../diagnostics/index.ts";
import { dialogsOf } from "../dialog-opens.ts";
import { runContext } from "../same-run.ts";
import type { CheckContext } from "./context.ts";

export function nestedDialog(ctx: CheckContext): void {
  const dialogs = dialogsOf(ctx.analysis.calls.values());
  const outerOf = new Map<t.Function, t.CallExpression>();
  for (const { body, call } of dialogs) if (body) outerOf.set(body.node, call.path.node);
  for (const { opens } of dialogs) {
    for (const open of opens) {
      const context = runContext(open, ctx.analysis);
      const outer = context && outerOf.get(context);
      if (outer) ctx.report(d.nested_dialog(ctx.span(open.node), { line: String(ctx.span(outer).start.line) }));
    }
  }
}
