// Rejects a literal `labelVisibility` other than "visible", "hidden" or "collapsed":
// `st.textInput("Name", { labelVisibility: "none" })`. Every element whose node has the field
// (the registry says which: widgets, st.metric) raises RivuletAPIError for it when it runs
// (Streamlit: "Unsupported label_visibility option"). st.chatInput has no label, and ignores it.
import { d } from "../../../diagnostics/index.ts";
import { catchesAround } from "../catches.ts";
import { primitiveLiteral, shown } from "../literals.ts";
import { optionValue } from "../options.ts";
import { REGISTRY_LABEL_VISIBILITY } from "../st-api.generated.ts";
import type { CheckContext } from "./context.ts";

const VISIBILITIES: readonly unknown[] = ["visible", "hidden", "collapsed"];
const WITHOUT_LABEL = new Set(["chatInput"]);

export function invalidLabelVisibility(ctx: CheckContext): void {
  for (const call of ctx.analysis.calls.values()) {
    if (!REGISTRY_LABEL_VISIBILITY.has(call.method) || WITHOUT_LABEL.has(call.method) || catchesAround(call.path).length > 0) continue;
    const value = optionValue(call, "labelVisibility");
    const literal = value ? primitiveLiteral(value.node) : undefined;
    if (literal === undefined || VISIBILITIES.includes(literal.value)) continue;
    ctx.report(d.invalid_label_visibility(ctx.span(value!.node), { value: shown(literal.value), method: call.method }));
  }
}
