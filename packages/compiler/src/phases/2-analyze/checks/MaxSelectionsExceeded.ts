// Rejects a literal `default` list of st.multiselect longer than its literal `maxSelections`:
// `st.multiselect("Toppings", toppings, { default: ["a", "b", "c"], maxSelections: 2 })`. The
// run raises RivuletAPIError there (Streamlit: "Multiselect has 3 options selected but
// `maxSelections` is set to 2").
import { d } from "../../../diagnostics/index.ts";
import { catchesAround } from "../catches.ts";
import { arrayLiteral, numberLiteral } from "../literals.ts";
import { optionValue } from "../options.ts";
import type { CheckContext } from "./context.ts";

export function maxSelectionsExceeded(ctx: CheckContext): void {
  for (const call of ctx.analysis.calls.values()) {
    if (call.method !== "multiselect" || catchesAround(call.path).length > 0) continue;
    const given = optionValue(call, "default");
    const limit = optionValue(call, "maxSelections");
    const defaults = given ? arrayLiteral(given.node) : null;
    const max = limit ? numberLiteral(limit.node) : null;
    // Any other maxSelections is an error of its own at run time.
    if (defaults === null || max === null || !Number.isInteger(max) || max < 1 || defaults.length <= max) continue;
    ctx.report(d.max_selections_exceeded(ctx.span(given!.node), { count: String(defaults.length), max: String(max) }));
  }
}
