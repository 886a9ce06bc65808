// st.number_input: a number typed in, or stepped with − and +. Streamlit tells an integer input
// from a float one by the Python types of its arguments; JavaScript has one number type, so
// Rivulet decides from the values: an integer input when every number given is an integer and
// the format (if any) is an integer one (%d, %i, %u, %x, %o), else a float input. `1.0` is the
// integer 1 to JavaScript: give `step: 0.1` or `format: "%.2f"` for a float input over whole
// numbers. With no numbers at all it is a float input at 0.0, as in Streamlit.

import * as v from "valibot";
import sprintfJs from "sprintf-js";
import { RivuletAPIError } from "../errors/RivuletAPIError.ts";
import { invalidOption } from "../errors/invalidOption.ts";
import { containerOf } from "../api/container.ts";
import { baseNode, widget, type WidgetKindInfo, type WidgetOptions } from "../api/widgets/widget.ts";
import { writeElement } from "../api/elements/writeElement.ts";
import { defineElement } from "./define.ts";
import { checkIcon, given, icon, widgetFields } from "./fields.ts";

export interface NumberInputOptions extends WidgetOptions {
  minValue?: number | null;
  maxValue?: number | null;
  /** The number shown at first: `"min"` (the default) for `minValue` or 0, or null for none until the user types one. */
  value?: number | "min" | null;
  step?: number;
  /** A printf-style format for the number shown (`"%d"`, `"%0.2f"`, `"%.1e"`). */
  format?: string;
  placeholder?: string;
  /** An emoji, or a Material icon as `:material/name:`, inside the field. */
  icon?: string;
  onChange?: (...args: never[]) => unknown;
}

/** The largest integers a JavaScript number holds exactly, and the largest numbers: Streamlit's bounds. */
const MAX_SAFE_INTEGER = Number.MAX_SAFE_INTEGER;
const MAX_FLOAT = Number.MAX_VALUE;

const kind = { kind: "numberInput", widget: { model: "value", value: v.nullable(v.pipe(v.number(), v.finite())) } } as const satisfies WidgetKindInfo;

/** st.number_input: the number, or null when `value: null` and nothing was typed yet. */
export function numberInput(this: unknown, label: string, options: NumberInputOptions & { value: null }): number | null;
export function numberInput(this: unknown, label: string, options?: NumberInputOptions): number;
export function numberInput(this: unknown, label: string, options: NumberInputOptions = {}): number | null {
  const target = containerOf(this);
  const rules = numberRules(options);
  const iconGiven = checkIcon("numberInput", options.icon);
  const { integer, min, max, step, format, initial } = rules;
  const outOfRange = (n: number): string | null =>
    n < min ? `The \`value\` ${n} is less than the \`minValue\` ${min}.` : n > max ? `The \`value\` ${n} is greater than the \`maxValue\` ${max}.` : null;
  for (const warning of rules.warnings) writeElement(target, "numberInput", { kind: "alert", level: "warning", body: warning });
  return widget<number | null>(target, kind, {
    api: "numberInput",
    label,
    key: options.key,
    keyedParams: [options.minValue, options.maxValue, options.step],
    params: [options.minValue, options.maxValue, options.value, options.step, options.format, options.help, options.placeholder],
    initial,
    valueGiven: options.value !== undefined && options.value !== "min",
    callback: options.onChange,
    args: options.args,
    reject: (value) => {
      if (value === null) return initial === null ? null : "it has a default number and cannot be left empty";
      const n = value as number;
      if (integer && !Number.isInteger(n)) return `${n} is not an integer, and this input takes integers`;
      return outOfRange(n);
    },
    rejectState: (value) => {
      if (value === null) return null;
      if (typeof value === "number" && Number.isFinite(value) && outOfRange(value) === null) return null;
      return `a number from ${min} to ${max}, or null`;
    },
    node: (id, value) => ({
      kind: "numberInput",
      ...baseNode(id, label, options),
      value,
      min,
      max,
      step,
      format,
      integer,
      ...(initial === null ? { clearable: true as const } : {}),
      ...given(options, "placeholder"),
      ...(iconGiven !== undefined ? { icon: iconGiven } : {}),
    }),
  });
}

interface NumberRules {
  integer: boolean;
  min: number;
  max: number;
  step: number;
  format: string;
  initial: number | null;
  /** Streamlit's warnings when the format does not fit the number's type, written above the input. */
  warnings: string[];
}

/** Streamlit's checks and defaults, in its order. */
function numberRules(options: NumberInputOptions): NumberRules {
  const named: [string, unknown][] = [
    ["minValue", options.minValue],
    ["maxValue", options.maxValue],
    ["value", options.value === "min" ? undefined : options.value],
    ["step", options.step],
  ];
  for (const [name, n] of named) {
    if (n !== undefined && n !== null && (typeof n !== "number" || !Number.isFinite(n))) {
      throw invalidOption("numberInput", name, "a finite number", n);
    }
  }
  if (options.value !== undefined && options.value !== null && options.value !== "min" && typeof options.value !== "number") {
    throw invalidOption("numberInput", "value", 'a number, "min" or null', options.value);
  }
  const numbers = named.map(([, n]) => n).filter((n): n is number => typeof n === "number");
  const integerFormat = options.format === undefined || /^%[-+ #0]*\d*[diuxXo]$/.test(options.format.trim());
  const integer = numbers.length > 0 && numbers.every(Number.isInteger) && integerFormat;
  const format = options.format ?? (integer ? "%d" : "%0.2f");
  checkFormat(format);
  const min = options.minValue ?? (integer ? -MAX_SAFE_INTEGER : -MAX_FLOAT);
  const max = options.maxValue ?? (integer ? MAX_SAFE_INTEGER : MAX_FLOAT);
  const initial = options.value === null ? null : options.value === undefined || options.value === "min" ? (options.minValue ?? 0) : options.value;
  if (initial !== null && initial < min) throw new RivuletAPIError("value_out_of_range", { value: String(initial), side: "less than", bound: "minValue", limit: String(min) });
  if (initial !== null && initial > max) throw new RivuletAPIError("value_out_of_range", { value: String(initial), side: "greater than", bound: "maxValue", limit: String(max) });
  if (integer) {
    for (const [name, n] of [["minValue", min], ["maxValue", max]] as const) {
      if (n < -MAX_SAFE_INTEGER) throw invalidOption("numberInput", name, "at least -(2^53 - 1) for an integer input", n);
      if (n > MAX_SAFE_INTEGER) throw invalidOption("numberInput", name, "at most 2^53 - 1 for an integer input", n);
    }
  }
  const step = options.step ?? (integer ? 1 : 0.01);
  if (!(step > 0)) throw invalidOption("numberInput", "step", "positive", step);
  const warnings: string[] = [];
  if (initial !== null && !Number.isInteger(initial) && /^%[diu]$/.test(format)) {
    warnings.push(`Warning: NumberInput value below has type float, but format ${format} displays as integer.`);
  }
  return { integer, min, max, step, format, initial, warnings };
}

/** Streamlit's rule: the format applied to 2 must read back as a number (`%d`, `%.2f`, `%e`; not `$%.2f`). */
function checkFormat(format: string): void {
  let shown: string;
  try {
    shown = sprintfJs.sprintf(format, 2);
  } catch {
    shown = "";
  }
  if (!/^\s*[+-]?(\d+(\.\d*)?|\.\d+)(e[+-]?\d+)?\s*$/i.test(shown)) {
    throw invalidOption("numberInput", "format", 'a printf-style number format such as "%d" or "%.2f"', format);
  }
}

export const node = v.object({
  kind: v.literal("numberInput"),
  ...widgetFields,
  /** null until the user types a number, when the script gave `value: null`. */
  value: v.nullable(v.number()),
  min: v.number(),
  max: v.number(),
  step: v.pipe(v.number(), v.gtValue(0)),
  /** printf-style, as sprintf-js formats it. */
  format: v.string(),
  /** It takes integers only. */
  integer: v.boolean(),
  /** It started empty (`value: null`), so the user may empty it again. */
  clearable: v.optional(v.literal(true)),
  placeholder: v.optional(v.string()),
  icon,
});

type NumberInputNode = v.InferOutput<typeof node>;

export default defineElement({
  // The kind and widget model `widget()` is given: written once.
  ...kind,
  node,
  api: { numberInput },
  testing: {
    interactions: {
      setValue: (_node, value: number | null) => ({ value }),
      /** One step up, as the + button does (no further than the maximum). */
      increment: (node: NumberInputNode) => ({ update: (n) => (n === null ? null : Math.min((n as number) + node.step, node.max)) }),
      /** One step down, as the − button does (no further than the minimum). */
      decrement: (node: NumberInputNode) => ({ update: (n) => (n === null ? null : Math.max((n as number) - node.step, node.min)) }),
    },
  },
  section: "Widgets",
  docs: [
    {
      calls: ["st.numberInput(label, { minValue, maxValue, value, step, format, placeholder, icon, key, onChange, args, help, disabled, labelVisibility })"],
      streamlit: ["st.number_input"],
      notes: "an integer input when every number given is an integer (and the format is an integer one), else a float input",
      example: 'const n = st.numberInput("Insert a number", { minValue: 0, maxValue: 10, step: 1 });\nst.write("The current number is", n);',
    },
  ],
});
