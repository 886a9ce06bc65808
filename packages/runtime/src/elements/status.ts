// st.status: an expander that says how work is going: running (a spinner), complete (a check)
// or error. It returns a container with `update({ label, expanded, state })`; its `with(body)`
// (Streamlit's `with st.status(...):`) marks it complete when the work is done, or error when
// it throws, unless the work set a state itself.

import * as v from "valibot";
import { invalidOption } from "../errors/invalidOption.ts";
import { currentExecution } from "../session/context.ts";
import { containerOf, type Container } from "../api/container.ts";
import { openBlock } from "../api/blocks/openBlock.ts";
import { checkBlock } from "../api/elements/nodeCheck.ts";
import { defineBlock } from "./define.ts";

const STATES = ["running", "complete", "error"] as const;
type State = (typeof STATES)[number];

export interface StatusOptions {
  expanded?: boolean;
  state?: State;
}

export interface StatusUpdate {
  label?: string;
  /** Left out, the user's open or closed state stays. */
  expanded?: boolean;
  state?: State;
}

/** A status's container: also `update()`, and `with(body)` settles its state. */
export type StatusContainer = Container & { update(changes: StatusUpdate): void };

export function status(this: unknown, label: string, options: StatusOptions = {}): StatusContainer {
  const exec = currentExecution("status");
  let spec = { block: "status" as const, label: String(label ?? ""), state: checkState(options.state ?? "running"), expanded: options.expanded === true };
  const container = openBlock(containerOf(this), "status", spec);
  const block = container.resolve(exec);
  const update = (changes: StatusUpdate) => {
    spec = {
      ...spec,
      ...(changes.label !== undefined ? { label: String(changes.label) } : {}),
      ...(changes.state !== undefined ? { state: checkState(changes.state) } : {}),
      ...(changes.expanded !== undefined ? { expanded: changes.expanded } : {}),
    };
    checkBlock("status", spec);
    exec.writer.respec(block, spec);
  };
  const settle = (state: "complete" | "error") => {
    if (spec.state === "running") update({ state });
  };
  const run = container.with.bind(container);
  return Object.assign(container, {
    update,
    with<T>(body: () => T): T {
      let result: T;
      try {
        result = run(body);
      } catch (error) {
        settle("error");
        throw error;
      }
      if (result instanceof Promise) {
        return exec.afterSettled(
          result.then(
            (value) => {
              settle("complete");
              return value;
            },
            (error: unknown) => {
              settle("error");
              throw error;
            },
          ) as T,
          () => {},
        );
      }
      settle("complete");
      return result;
    },
  });
}

function checkState(state: unknown): State {
  if (!STATES.includes(state as State)) throw invalidOption("status", "state", '"running", "complete" or "error"', state);
  return state as State;
}

export const node = v.object({
  kind: v.literal("block"),
  block: v.literal("status"),
  /** Markdown. */
  label: v.string(),
  state: v.picklist(STATES),
  /** Open when shown, or when an update says so (the user's choice stays otherwise). */
  expanded: v.boolean(),
});

export default defineBlock({
  block: "status",
  node,
  api: { status },
  containers: { status: "one" },
  section: "Status",
  docs: [
    {
      calls: ["st.status(label, { expanded, state })"],
      streamlit: ["st.status"],
      notes: "a container with `update({ label, expanded, state })`; `with(body)` marks it complete, or error when the body throws",
      example: 'const status = st.status("Downloading data…");\nawait status.with(async () => {\n  st.write("Searching for data…");\n  st.write("Found URL.");\n});\nstatus.update({ label: "Download complete!", state: "complete" });',
    },
  ],
});
