// st.slider over numbers. Defaults and bounds follow Streamlit: integers go from 0 to 100 in
// steps of 1, floats from 0.0 to 1.0 in steps of 0.01; the value defaults to the minimum;
// reversed bounds are swapped and a default outside them widens them.

import * as v from "valibot";
import { RivuletAPIError } from "../errors/RivuletAPIError.ts";
import { containerOf } from "../api/container.ts";
import { baseNode, widget, type WidgetKindInfo, type WidgetOptions } from "../api/widgets/widget.ts";
import { describeValue } from "../wire/pageValues.ts";
import { defineElement } from "./define.ts";
import { widgetFields } from "./fields.ts";

export interface SliderOptions extends WidgetOptions {
  minValue?: number;
  maxValue?: number;
  value?: number;
  step?: number;
  onChange?: (...args: never[]) => unknown;
}

const kind = { kind: "slider", widget: { model: "value", value: v.pipe(v.number(), v.finite()) } } as const satisfies WidgetKindInfo;

export function slider(this: unknown, label: string, options: SliderOptions = {}): number {
  const { min, max, step, value } = sliderRange(options);
  const outOfRange = (n: unknown): string | null =>
    typeof n !== "number" || !Number.isFinite(n)
      ? `The \`value\` ${describeValue(n)} of st.slider("${label}") is not a number.`
      : n > max
        ? `The \`value\` ${n} is greater than the \`maxValue\` ${max}.`
        : n < min
          ? `The \`value\` ${n} is less than the \`minValue\` ${min}.`
          : null;
  return widget<number>(containerOf(this), kind, {
    api: "slider",
    label,
    key: options.key,
    params: [min, max, value, step, options.help],
    initial: value,
    valueGiven: options.value !== undefined,
    callback: options.onChange,
    args: options.args,
    reject: outOfRange,
    rejectState: outOfRange,
    node: (id, value) => ({ kind: "slider", ...baseNode(id, label, options), value, min, max, step }),
  });
}

function sliderRange(options: SliderOptions): { min: number; max: number; step: number; value: number } {
  const given = [options.minValue, options.maxValue, options.value, options.step].filter((n) => n !== undefined);
  for (const n of given) {
    if (typeof n !== "number" || !Number.isFinite(n)) {
      throw new RivuletAPIError(`st.slider takes finite numbers; got ${String(n)}.`);
    }
  }
  const integral = given.every((n) => Number.isInteger(n));
  const low = options.minValue ?? 0;
  const high = options.maxValue ?? (integral ? 100 : 1);
  const value = options.value ?? Math.min(low, high);
  const min = Math.min(low, high, value);
  const max = Math.max(low, high, value);
  const step = options.step ?? (integral ? 1 : 0.01);
  if (min === max) {
    throw new RivuletAPIError(`Slider \`minValue\` must be less than the \`maxValue\`.\nThe values were ${min} and ${max}.`);
  }
  if (step <= 0) throw new RivuletAPIError(`Slider components cannot be passed a \`step\` of ${step}: it must be positive.`);
  return { min, max, step, value };
}

export const node = v.object({
  kind: v.literal("slider"),
  ...widgetFields,
  value: v.number(),
  min: v.number(),
  max: v.number(),
  step: v.number(),
});

export default defineElement({
  // The kind and widget model `widget()` is given: written once.
  ...kind,
  node,
  api: { slider },
  testing: { interactions: { setValue: (_node, value: number) => ({ value }) } },
  section: "Widgets",
  docs: [{ example: "const age = st.slider(\"Age\", { minValue: 0, maxValue: 120, value: 30 });\nst.write(\"Age:\", age);", calls: ["st.slider(label, { minValue, maxValue, value, step, key, onChange, args, help, disabled })"], streamlit: ["st.slider"], notes: "numbers" }],
});
