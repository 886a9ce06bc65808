// st.feedback: a row of thumbs, faces or stars to rate with. It returns the rating as Streamlit
// does: thumbs give 1 (up) or 0 (down); faces and stars give 0 to 4, from worst to best; null
// until the user rates. Choosing the chosen one again takes the rating back.

import * as v from "valibot";
import { invalidOption } from "../errors/invalidOption.ts";
import { containerOf } from "../api/container.ts";
import { baseNode, widget, type WidgetKindInfo, type WidgetOptions } from "../api/widgets/widget.ts";
import { defineElement } from "./define.ts";
import { checkWidth, widgetFields, width, type Width } from "./fields.ts";

const SETS = { thumbs: 2, faces: 5, stars: 5 } as const;
type FeedbackSet = keyof typeof SETS;

export interface FeedbackOptions extends Omit<WidgetOptions, "help" | "labelVisibility"> {
  /** The rating shown at first (as the return value counts it), or null for none. */
  default?: number | null;
  onChange?: (...args: never[]) => unknown;
  width?: Width;
}

const pageValue = v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0)));

const kind = { kind: "feedback", widget: { model: "value", value: pageValue } } as const satisfies WidgetKindInfo;

/** st.feedback: the rating chosen, or null. */
export function feedback(this: unknown, options: FeedbackSet = "thumbs", feedbackOptions: FeedbackOptions = {}): number | null {
  if (!Object.hasOwn(SETS, options)) {
    throw invalidOption("feedback", "options", '"thumbs", "faces" or "stars"', options);
  }
  const count = SETS[options];
  const expected = `a number from 0 to ${count - 1}, or null`;
  const outOfRange = (value: unknown): string | null =>
    value === null || (typeof value === "number" && Number.isInteger(value) && value >= 0 && value < count) ? null : expected;
  const initial = feedbackOptions.default ?? null;
  if (outOfRange(initial) !== null) throw invalidOption("feedback", "default", expected, initial);
  const size = checkWidth("feedback", feedbackOptions.width, "content");
  return widget<number | null>(containerOf(this), kind, {
    api: "feedback",
    label: "",
    key: feedbackOptions.key,
    keyedParams: [options],
    params: [options, initial],
    initial,
    valueGiven: initial !== null,
    callback: feedbackOptions.onChange,
    args: feedbackOptions.args,
    reject: (value) => ((value as number | null) !== null && (value as number) >= count ? `${options} go from 0 to ${count - 1}` : null),
    rejectState: outOfRange,
    node: (id, value) => ({
      kind: "feedback",
      ...baseNode(id, "", feedbackOptions),
      options,
      value,
      ...(size !== "content" ? { width: size } : {}),
    }),
  });
}

export const node = v.object({
  kind: v.literal("feedback"),
  ...widgetFields,
  options: v.picklist(Object.keys(SETS) as FeedbackSet[]),
  /** The rating: 1 or 0 for thumbs (up, down), 0 to 4 for faces and stars; null for none. */
  value: pageValue,
  width,
});

export default defineElement({
  // The kind and widget model `widget()` is given: written once.
  ...kind,
  node,
  api: { feedback },
  testing: {
    interactions: {
      /** Rates `value` (as the script counts it), or takes the rating back with null. */
      setValue: (_node, value: number | null) => ({ value }),
    },
  },
  section: "Widgets",
  docs: [
    {
      calls: ['st.feedback(options = "thumbs", { default, key, onChange, args, disabled, width })'],
      streamlit: ["st.feedback"],
      notes: '`"thumbs"` give 1 or 0, `"faces"` and `"stars"` 0 to 4; null until rated',
      example: 'const stars = st.feedback("stars");\nif (stars !== null) st.markdown(`You gave ${stars + 1} star(s).`);',
    },
  ],
});
