// st.slider over numbers. Defaults and bounds follow Streamlit: integers go from 0 to 100 in
// steps of 1, floats from 0.0 to 1.0 in steps of 0.01; the value defaults to the minimum;
// reversed bounds are swapped and a default outside them widens them.

import { RivuletAPIError } from "../../errors/RivuletAPIError.ts";
import type { Container } from "../container.ts";
import { baseNode, widget, type WidgetOptions } from "./widget.ts";
import { describeValue } from "../../wire/pageValues.ts";

export interface SliderOptions extends WidgetOptions {
  minValue?: number;
  maxValue?: number;
  value?: number;
  step?: number;
  onChange?: (...args: never[]) => unknown;
}

export function slider(target: Container, label: string, options: SliderOptions = {}): number {
  const { min, max, step, value } = sliderRange(options);
  const outOfRange = (v: unknown): string | null =>
    typeof v !== "number" || !Number.isFinite(v)
      ? `The \`value\` ${describeValue(v)} of st.slider("${label}") is not a number.`
      : v > max
        ? `The \`value\` ${v} is greater than the \`maxValue\` ${max}.`
        : v < min
          ? `The \`value\` ${v} is less than the \`minValue\` ${min}.`
          : null;
  return widget<number>(target, {
    api: "slider",
    kind: "slider",
    label,
    key: options.key,
    params: [min, max, value, step, options.help],
    initial: value,
    valueGiven: options.value !== undefined,
    callback: options.onChange,
    args: options.args,
    reject: outOfRange,
    rejectState: outOfRange,
    node: (id, v) => ({ kind: "slider", ...baseNode(id, label, options), value: v, min, max, step }),
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
