// Rejects st.numberInput's literal `value` outside its literal `minValue`..`maxValue`:
// `st.numberInput("Age", { minValue: 0, maxValue: 120, value: 150 })`, and the default value
// (minValue, else 0) when it is: `{ minValue: 10, maxValue: 5 }`, `{ maxValue: -1 }`. The run
// raises RivuletAPIError there (Streamlit: "The `value` 150 is greater than the `max_value`
// 120"). st.slider widens its range to take its value instead, so it is not checked here.
import type * as t from "@babel/types";
import { d } from "../../../diagnostics/index.ts";
import { catchesAround } from "../catches.ts";
import type { StCall } from "../analysis.ts";
import { numberOption, type NumberOption } from "../number-options.ts";
import { optionValue } from "../options.ts";
import { staticString } from "../unwrap.ts";
import type { CheckContext } from "./context.ts";

export function valueOutOfRange(ctx: CheckContext): void {
  for (const call of ctx.analysis.calls.values()) {
    if (call.method !== "numberInput" || catchesAround(call.path).length > 0) continue;
    const min = numberOption(call, "minValue", 1, true);
    const max = numberOption(call, "maxValue", 1, true);
    const initial = initialValue(call, min);
    if (initial === null) continue;
    const [bound, limit, side] =
      min.kind === "number" && initial.value < min.value
        ? (["minValue", min, "less than"] as const)
        : max.kind === "number" && initial.value > max.value
          ? (["maxValue", max, "greater than"] as const)
          : [null, null, null];
    if (bound === null) continue;
    const at = initial.node ?? limit.node;
    ctx.report(d.value_out_of_range(ctx.span(at), { value: initial.shown, side, bound, limit: String(limit.value) }));
  }
}

/** The value the widget starts with, as the runtime takes it: `value`, or minValue (else 0) for none or "min". */
function initialValue(call: StCall, min: NumberOption): { value: number; shown: string; node: t.Node | null } | null {
  const given = optionValue(call, "value");
  const value = given !== null && staticString(given.node) === "min" ? ({ kind: "absent" } as const) : numberOption(call, "value", 1, false);
  if (value.kind === "number") return { value: value.value, shown: `value ${value.value}`, node: value.node };
  if (value.kind === "unknown") return null;
  if (min.kind === "number") return { value: min.value, shown: `default value ${min.value} (its minValue)`, node: null };
  return min.kind === "absent" ? { value: 0, shown: "default value 0", node: null } : null;
}
