// st.balloons and st.snow: a celebration over the page, once for each run that calls it. They
// take no room where they are written.

import * as v from "valibot";
import { containerOf, type Container } from "../api/container.ts";
import { writeElement } from "../api/elements/writeElement.ts";
import { currentExecution } from "../session/context.ts";
import { defineElement } from "./define.ts";

function celebration(effect: "balloons" | "snow") {
  return function (this: unknown): Container {
    return writeElement(containerOf(this), effect, { kind: "balloons", effect, runNumber: currentExecution(effect).id });
  };
}

export const balloons = celebration("balloons");
export const snow = celebration("snow");

export const node = v.object({
  kind: v.literal("balloons"),
  effect: v.picklist(["balloons", "snow"]),
  /** The run that wrote it: a new run's celebration plays again. */
  runNumber: v.number(),
});

export default defineElement({
  kind: "balloons",
  node,
  api: { balloons, snow },
  testing: { lists: { balloons: (node) => node.effect === "balloons", snow: (node) => node.effect === "snow" } },
  section: "Status",
  docs: [{ calls: ["st.balloons()", "st.snow()"], streamlit: "same", notes: "over the page, once per run that calls them", example: 'if (st.button("Celebrate")) st.balloons();\nst.snow();' }],
});
