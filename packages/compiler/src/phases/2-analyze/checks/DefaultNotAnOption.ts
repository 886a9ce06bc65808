// Rejects a literal `default` of st.multiselect that is not among its literal options:
// `st.multiselect("Colors", ["red", "blue"], { default: ["green"] })`. The run raises
// RivuletAPIError there (Streamlit: "The default value 'green' is not part of the options").
// Options compare as the runtime compares them (`Object.is` for literals).
import { d } from "../../../diagnostics/index.ts";
import { catchesAround } from "../catches.ts";
import { arrayLiteral, primitiveArray, primitiveLiteral, shown } from "../literals.ts";
import { optionValue } from "../options.ts";
import type { CheckContext } from "./context.ts";

export function defaultNotAnOption(ctx: CheckContext): void {
  for (const call of ctx.analysis.calls.values()) {
    if (call.method !== "multiselect" || catchesAround(call.path).length > 0) continue;
    const [label, options] = call.path.get("arguments");
    if (!options || label?.isSpreadElement()) continue;
    const list = primitiveArray(options.node);
    const given = optionValue(call, "default");
    if (list === null || !given) continue;
    // One default, or a list of them (null is no default).
    const defaults = arrayLiteral(given.node) ?? [given.node];
    for (const node of defaults) {
      const literal = primitiveLiteral(node);
      if (literal === undefined || (literal.value === null && defaults.length === 1 && node === given.node)) continue;
      if (list.some((option) => Object.is(option, literal.value))) continue;
      ctx.report(d.default_not_an_option(ctx.span(node), { value: shown(literal.value), method: call.method }));
      break;
    }
  }
}
