// st.toast: a short message in the page's top-right corner that goes away by itself. It takes
// no room where it is written; each run that calls it shows it again (the run's number is part
// of its node), and its handle changes it: `const note = st.toast("Saving"); note.toast("Saved")`.

import * as v from "valibot";
import { invalidOption } from "../errors/invalidOption.ts";
import { containerOf, sidebarContainer, type Container } from "../api/container.ts";
import { writeElement } from "../api/elements/writeElement.ts";
import { cleanText } from "../api/elements/cleanText.ts";
import { currentExecution } from "../session/context.ts";
import { defineElement } from "./define.ts";
import { checkIcon, icon } from "./fields.ts";

export interface ToastOptions {
  /** An emoji, or a Material icon as `:material/name:`. */
  icon?: string;
  /** "short" (4 s, the default), "long" (10 s), "infinite" (until closed), or seconds. */
  duration?: "short" | "long" | "infinite" | number;
}

const DURATIONS = { short: 4, long: 10, infinite: 0 } as const;

export function toast(this: unknown, body: unknown, options: ToastOptions = {}): Container {
  const target = containerOf(this);
  if (target === sidebarContainer) {
    return writeElement(target, "toast", {
      kind: "alert",
      level: "error",
      body: "Streamlit API Error: `st.toast` cannot be called directly on the sidebar with `st.sidebar.toast`. See our `st.toast` API [docs](https://docs.streamlit.io/develop/api-reference/status/st.toast) for more information.",
    });
  }
  if (String(body) === "") throw invalidOption("toast", "body", "a message that is not blank", body);
  const iconGiven = checkIcon("toast", options.icon);
  return writeElement(target, "toast", {
    kind: "toast",
    body: cleanText(body),
    seconds: seconds(options.duration),
    runNumber: currentExecution("toast").id,
    ...(iconGiven !== undefined ? { icon: iconGiven } : {}),
  });
}

function seconds(duration: unknown): number {
  if (duration === undefined) return DURATIONS.short;
  if (typeof duration === "string" && Object.hasOwn(DURATIONS, duration)) return DURATIONS[duration as keyof typeof DURATIONS];
  if (typeof duration === "number" && Number.isInteger(duration) && duration > 0) return duration;
  throw invalidOption("toast", "duration", '"short", "long", "infinite" or a positive number of seconds', duration);
}

export const node = v.object({
  kind: v.literal("toast"),
  /** Markdown. */
  body: v.string(),
  icon,
  /** How long it shows, in seconds; 0 until the user closes it. */
  seconds: v.pipe(v.number(), v.integer(), v.minValue(0)),
  /** The run that wrote it: a new run's toast shows again, as Streamlit's does. */
  runNumber: v.number(),
});

export default defineElement({
  kind: "toast",
  node,
  api: { toast },
  section: "Status",
  docs: [
    {
      calls: ["st.toast(body, { icon, duration })"],
      streamlit: ["st.toast"],
      notes: "top right, takes no room; returns a handle that changes it",
      example: 'if (st.button("Save")) st.toast("Saved!", { icon: "✅" });\nst.toast("Welcome back", { duration: "long" });',
    },
  ],
});
