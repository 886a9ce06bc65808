// Rejects a literal `index` outside a literal array of options:
// `st.selectbox("Size", ["S", "M"], { index: 2 })`. The run raises RivuletAPIError there
// (Streamlit: "Selectbox index must be greater than or equal to 0 and less than the length of
// options"); an empty list of options takes any index, as at run time.
import { d } from "../../../diagnostics/index.ts";
import { catchesAround } from "../catches.ts";
import { arrayLiteral, numberLiteral } from "../literals.ts";
import { optionValue } from "../options.ts";
import type { CheckContext } from "./context.ts";

const INDEXED = new Set(["selectbox", "radio"]);

export function optionIndexOutOfRange(ctx: CheckContext): void {
  for (const call of ctx.analysis.calls.values()) {
    if (!INDEXED.has(call.method) || catchesAround(call.path).length > 0) continue;
    const [label, options] = call.path.get("arguments");
    if (!options || label?.isSpreadElement()) continue;
    const list = arrayLiteral(options.node);
    const value = optionValue(call, "index");
    const index = value ? numberLiteral(value.node) : null;
    if (list === null || list.length === 0 || index === null || !Number.isInteger(index)) continue;
    if (index >= 0 && index < list.length) continue;
    ctx.report(d.option_index_out_of_range(ctx.span(value!.node), { index: String(index), method: call.method, last: String(list.length - 1) }));
  }
}
