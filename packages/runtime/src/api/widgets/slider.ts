// st.slider over numbers. Defaults follow Streamlit: integers go from 0 to 100 in steps of 1,
// floats from 0.0 to 1.0 in steps of 0.01; the value defaults to the minimum.

import { RivuletAPIError } from "../../errors/RivuletAPIError.ts";
import type { Container } from "../container.ts";
import { baseNode, widget, type WidgetOptions } from "./widget.ts";

export interface SliderOptions extends WidgetOptions {
  minValue?: number;
  maxValue?: number;
  value?: number;
  step?: number;
  onChange?: (...args: never[]) => unknown;
}

export function slider(target: Container, label: string, options: SliderOptions = {}): number {
  const { min, max, step, value } = sliderRange(options);
  return widget<number>(target, {
    api: "slider",
    kind: "slider",
    label,
    key: options.key,
    initial: value,
    callback: options.onChange,
    args: options.args,
    reject: (v) =>
      typeof v !== "number" || !Number.isFinite(v)
        ? `expected a number, got ${JSON.stringify(v)}`
        : v < min || v > max
          ? `${v} is outside the slider's range ${min} to ${max}`
          : null,
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
  const min = options.minValue ?? 0;
  const max = options.maxValue ?? (integral ? 100 : 1);
  const step = options.step ?? (integral ? 1 : 0.01);
  const value = options.value ?? min;
  if (min > max) {
    throw new RivuletAPIError(`Slider \`minValue\` must be less than the \`maxValue\`. The values were ${min} and ${max}.`);
  }
  if (value < min || value > max) {
    throw new RivuletAPIError(
      `The default \`value\` of ${value} must lie between the \`minValue\` of ${min} and the \`maxValue\` of ${max}, inclusively.`,
    );
  }
  if (step <= 0) throw new RivuletAPIError(`Slider components cannot be passed a \`step\` of ${step}: it must be positive.`);
  return { min, max, step, value };
}
