// Rejects an st.slider whose literal numbers leave it an empty range: `{ minValue: 5, maxValue:
// 5 }`, or `{ minValue: 100 }` (maxValue is 100 by default). The runtime widens the range to
// take reversed bounds and the value (as Streamlit does), and raises RivuletAPIError only when
// it is still a single number (Streamlit: "Slider `min_value` must be less than the
// `max_value`"). Only numbers are read: a slider of dates or a range value is left alone.
import { d } from "../../../diagnostics/index.ts";
import { catchesAround } from "../catches.ts";
import { numberOption } from "../number-options.ts";
import type { CheckContext } from "./context.ts";

export function emptySliderRange(ctx: CheckContext): void {
  for (const call of ctx.analysis.calls.values()) {
    if (call.method !== "slider" || catchesAround(call.path).length > 0) continue;
    const [low, high, value, step] = ["minValue", "maxValue", "value", "step"].map((name) => numberOption(call, name, 1, false));
    const options = [low!, high!, value!, step!];
    if (options.some((o) => o.kind === "unknown")) continue;
    const given = options.flatMap((o) => (o.kind === "number" ? [o.value] : []));
    // The runtime's defaults (slider.ts, sliderRange).
    const integral = given.every(Number.isInteger);
    const min = low!.kind === "number" ? low!.value : 0;
    const max = high!.kind === "number" ? high!.value : integral ? 100 : 1;
    const start = value!.kind === "number" ? value!.value : Math.min(min, max);
    if (Math.min(min, max, start) !== Math.max(min, max, start)) continue;
    const range = `minValue ${min}${low!.kind === "number" ? "" : " by default"}, maxValue ${max}${high!.kind === "number" ? "" : " by default"}`;
    const at = high!.kind === "number" ? high!.node : low!.kind === "number" ? low!.node : call.path.node;
    ctx.report(d.empty_slider_range(ctx.span(at), { range }));
  }
}
