// st.chat_input: a message box. It returns the text the user sent for exactly the run that
// sending caused, and null otherwise (a submit is a click carrying its text: never merged with
// another, never lost to an interrupted run). Written at the top of the main area it is pinned
// to the bottom of the page; in another container it sits where it is written.

import * as v from "valibot";
import { RivuletAPIError } from "../errors/RivuletAPIError.ts";
import { invalidOption } from "../errors/invalidOption.ts";
import { containerOf } from "../api/container.ts";
import { baseNode, widget, type WidgetKindInfo } from "../api/widgets/widget.ts";
import { formOf } from "../api/forms/formOf.ts";
import { currentExecution } from "../session/context.ts";
import { defineElement } from "./define.ts";
import { widgetFields } from "./fields.ts";

export interface ChatInputOptions {
  key?: string | number;
  maxChars?: number;
  disabled?: boolean;
  onSubmit?: (...args: never[]) => unknown;
  args?: readonly unknown[];
}

const kind = { kind: "chatInput", widget: { model: "trigger", value: v.string() } } as const satisfies WidgetKindInfo;

/** st.chat_input: the message sent, for the one run it caused; null in every other run. */
export function chatInput(this: unknown, placeholder = "Your message", options: ChatInputOptions = {}): string | null {
  const target = containerOf(this);
  const exec = currentExecution("chatInput");
  const { block } = target.place(exec);
  if (formOf(block) !== null) throw new RivuletAPIError("chat_input_in_form");
  const maxChars = options.maxChars;
  if (maxChars !== undefined && (!Number.isInteger(maxChars) || maxChars <= 0)) {
    throw invalidOption("chatInput", "maxChars", "a positive integer", maxChars);
  }
  // Streamlit pins the box when it is written straight into the main area.
  const pinned = block === exec.session.roots[0];
  return widget<string | null>(target, kind, {
    api: "chatInput",
    label: placeholder,
    key: options.key,
    params: [placeholder, maxChars],
    initial: null,
    callback: options.onSubmit,
    args: options.args,
    reject: (text) => {
      const length = [...(text as string)].length;
      if (length === 0) return "an empty message is not sent";
      return maxChars !== undefined && length > maxChars ? `${length} characters is more than maxChars (${maxChars})` : null;
    },
    node: (id) => ({
      kind: "chatInput",
      ...baseNode(id, placeholder, { disabled: options.disabled, key: options.key }),
      ...(maxChars !== undefined ? { maxChars } : {}),
      ...(pinned ? { pinned: true as const } : {}),
    }),
  });
}

export const node = v.object({
  kind: v.literal("chatInput"),
  ...widgetFields,
  maxChars: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
  /** At the bottom of the page, over the main area's end (written straight into the main area). */
  pinned: v.optional(v.literal(true)),
});

export default defineElement({
  // The kind and widget model `widget()` is given: written once.
  ...kind,
  node,
  api: { chatInput },
  testing: { interactions: { setValue: (_node, text: string) => ({ trigger: text }), submit: (_node, text: string) => ({ trigger: text }) } },
  section: "Chat",
  docs: [
    {
      calls: ["st.chatInput(placeholder, { key, maxChars, disabled, onSubmit, args })"],
      streamlit: ["st.chat_input"],
      notes: "the message sent, for the one run it caused; pinned to the bottom in the main area",
      example: 'const prompt = st.chatInput("Say something");\nif (prompt) st.write(`You said: ${prompt}`);',
    },
  ],
});
