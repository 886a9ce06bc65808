// st.time_input: a time of day, chosen from a list at `step` (seconds, 15 minutes by default) or
// typed. JavaScript has no time-of-day type (Streamlit's is datetime.time), so the script has it
// as an "HH:MM" string, as the page and the wire do: "now" (the default) is the server's local
// time, a Date gives its local time (seconds dropped, as Streamlit drops them), null none.

import * as v from "valibot";
import { invalidOption } from "../errors/invalidOption.ts";
import { containerOf } from "../api/container.ts";
import { baseNode, widget, type WidgetKindInfo, type WidgetOptions } from "../api/widgets/widget.ts";
import { keyedStateValue } from "../api/widgets/keyedState.ts";
import { fromMinutes, isDate, isTime, timeMinutes, timeOf } from "../api/widgets/dates.ts";
import { defineElement } from "./define.ts";
import { widgetFields } from "./fields.ts";
import type { TimeOfDay } from "./slider.ts";

export interface TimeInputOptions extends WidgetOptions {
  /** The time shown at first: "now" (the default), an "HH:MM" time, a Date (its local time), or null for none. */
  value?: TimeOfDay | Date | "now" | null;
  /** The list's interval, in seconds: 900 (15 minutes) by default, from 60 to 23 hours. */
  step?: number;
  onChange?: (...args: never[]) => unknown;
}

const DAY_SECONDS = 86_400;
const MAX_STEP = 23 * 3600;
const time = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

const kind = { kind: "timeInput", widget: { model: "value", value: v.nullable(time) } } as const satisfies WidgetKindInfo;

/** st.time_input: the "HH:MM" time, or null while none is (`value: null`). */
export function timeInput(this: unknown, label: string, options: TimeInputOptions & { value: null }): TimeOfDay | null;
export function timeInput(this: unknown, label: string, options?: TimeInputOptions): TimeOfDay;
export function timeInput(this: unknown, label: string, options: TimeInputOptions = {}): TimeOfDay | null {
  const given = options.value === undefined ? "now" : options.value;
  let initial: string | null;
  if (given === null) initial = null;
  else if (given === "now") initial = timeOf(new Date());
  else if (isDate(given)) initial = timeOf(given);
  else if (isTime(given)) initial = given;
  else throw invalidOption("timeInput", "value", 'a Date, an "HH:MM" time, "now" or null', given);
  const params = [isDate(given) || isTime(given) ? initial : given, options.help, options.step];
  // A key whose session-state value is null starts the input empty (Streamlit's rule).
  if (keyedStateValue("timeInput", options.key)?.value === null) initial = null;
  const step = options.step ?? 900;
  if (typeof step !== "number" || !Number.isInteger(step)) {
    throw invalidOption("timeInput", "step", "a whole number of seconds", step);
  }
  if (step < 60 || step > MAX_STEP) {
    throw invalidOption("timeInput", "step", "between 60 seconds and 23 hours", step);
  }
  return widget<string | null>(containerOf(this), kind, {
    api: "timeInput",
    label,
    key: options.key,
    params,
    initial,
    valueGiven: options.value !== undefined && options.value !== "now",
    callback: options.onChange,
    args: options.args,
    reject: (value) => (value === null && initial !== null ? "it has a default time and cannot be left empty" : null),
    rejectState: (value) =>
      value === null || isTime(value) ? null : 'an "HH:MM" time or null',
    node: (id, value) => ({
      kind: "timeInput",
      ...baseNode(id, label, options),
      value,
      step,
      ...(initial === null ? { clearable: true as const } : {}),
    }),
  });
}

/** `time` moved by `seconds`, round the clock (as Streamlit's AppTest steps a time input). */
function stepped(time: string, seconds: number): string {
  const total = (((timeMinutes(time) * 60 + seconds) % DAY_SECONDS) + DAY_SECONDS) % DAY_SECONDS;
  return fromMinutes(Math.floor(total / 60));
}

export const node = v.object({
  kind: v.literal("timeInput"),
  ...widgetFields,
  /** "HH:MM", or null for none yet. */
  value: v.nullable(time),
  /** The interval of the page's list, in seconds. */
  step: v.pipe(v.number(), v.integer(), v.minValue(60)),
  /** It started empty (`value: null`), so the user may empty it again. */
  clearable: v.optional(v.literal(true)),
});

type TimeInputNode = v.InferOutput<typeof node>;

export default defineElement({
  // The kind and widget model `widget()` is given: written once.
  ...kind,
  node,
  api: { timeInput },
  testing: {
    interactions: {
      /** Sets the time ("HH:MM"), or null. */
      setValue: (_node, value: TimeOfDay | null) => ({ value }),
      /** One step later, round the clock. */
      increment: (node: TimeInputNode) => ({ update: (t) => (t === null ? null : stepped(t as string, node.step)) }),
      /** One step earlier, round the clock. */
      decrement: (node: TimeInputNode) => ({ update: (t) => (t === null ? null : stepped(t as string, -node.step)) }),
    },
  },
  section: "Widgets",
  docs: [
    {
      calls: ["st.timeInput(label, { value, step, key, onChange, args, help, disabled, labelVisibility })"],
      streamlit: ["st.time_input"],
      notes: '`"HH:MM"` strings; `step` in seconds',
      example: 'const alarm = st.timeInput("Set an alarm for", { value: "08:45" });\nst.write("Alarm is set for", alarm);',
    },
  ],
});
