// st.container, st.columns, st.empty: blocks written in place that return containers.

import { RivuletAPIError } from "../errors/RivuletAPIError.ts";
import { currentExecution, takeSite } from "../session/context.ts";
import { blockContainer, containerOf, type Container } from "../api/container.ts";
import { openBlock } from "../api/blocks/openBlock.ts";
import { defineApi } from "./define.ts";

export interface ContainerOptions {
  border?: boolean;
  key?: string;
}

export interface ColumnsOptions {
  gap?: "small" | "medium" | "large";
  border?: boolean;
}

export function container(this: unknown, options: ContainerOptions = {}): Container {
  return openBlock(containerOf(this), "container", { block: "vertical", ...(options.border ? { border: true } : {}) }, options.key);
}

export function empty(this: unknown): Container {
  return openBlock(containerOf(this), "empty", { block: "empty" });
}

/** `spec` is a number of equal columns or a list of relative widths. */
export function columns(this: unknown, spec: number | readonly number[], options: ColumnsOptions = {}): Container[] {
  const weights = typeof spec === "number" ? columnCount(spec) : spec;
  if (weights.length === 0 || weights.some((w) => typeof w !== "number" || !(w > 0) || !Number.isFinite(w))) {
    throw new RivuletAPIError(
      "The input argument to st.columns must be either a positive integer or a list of positive numeric weights.",
    );
  }
  takeSite();
  const exec = currentExecution("columns");
  const { block, at } = containerOf(this).place(exec);
  const row = exec.writer.writeBlock(block, { block: "horizontal" }, false, at);
  return weights.map((weight) => {
    const column = exec.writer.writeBlock(row, { block: "column", weight, ...(options.border ? { border: true } : {}) });
    return blockContainer(column, exec);
  });
}

function columnCount(n: number): number[] {
  if (!Number.isInteger(n) || n < 1) return [];
  return Array.from({ length: n }, () => 1);
}

export default defineApi({
  api: { container, columns, empty },
  containerMethods: true,
  containers: { container: "one", columns: "array", empty: "one" },
  section: "Layout",
  docs: [
    {
      example: "const [left, right] = st.columns([2, 1]);\nleft.text(\"wide\");\nright.text(\"narrow\");\nst.sidebar.text(\"in the sidebar\");\nconst slot = st.empty();\nslot.text(\"replaced…\");\nslot.text(\"…by this\");", calls: ["st.container({ border, key })", "st.empty()", "st.columns(n | weights, { border })", "st.sidebar"],
      streamlit: "same",
      notes: "return containers with every element method (`col.text(\"…\")`) and `with(fn)`, Streamlit's `with col:`",
    },
  ],
});
