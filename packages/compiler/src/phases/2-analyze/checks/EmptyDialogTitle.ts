// Rejects a dialog whose title is written as an empty string (`st.dialog("", fn)`): st.dialog
// raises "A non-empty `title` argument has to be provided for dialogs" when it runs, as
// Streamlit's decorator does.
import { d } from "../../../diagnostics/index.ts";
import { onNamespace } from "../analysis.ts";
import { staticString } from "../unwrap.ts";
import type { CheckContext } from "./context.ts";

export function emptyDialogTitle(ctx: CheckContext): void {
  for (const call of ctx.analysis.calls.values()) {
    if (call.method !== "dialog" || !onNamespace(call)) continue;
    const title = call.path.node.arguments[0];
    if (title && staticString(title) === "") ctx.report(d.empty_dialog_title(ctx.span(title)));
  }
}
