// st.container, st.columns, st.empty: blocks written in place that return containers.

import { invalidOption, SIZE_CHOICES } from "../errors/invalidOption.ts";
import { currentExecution, takeSite } from "../session/context.ts";
import { blockContainer, containerOf, type Container } from "../api/container.ts";
import { openBlock } from "../api/blocks/openBlock.ts";
import { defineApi } from "./define.ts";
import { checkChoice } from "./fields.ts";

type Gap = "small" | "medium" | "large" | null;

export interface ContainerOptions {
  /** A border around it; by default only when it has a fixed `height`. */
  border?: boolean;
  key?: string;
  /** "stretch" (the default) fills the parent's width; "content" fits the children; or pixels. */
  width?: "stretch" | "content" | number;
  /** "content" (the default) fits the children; "stretch" fills the height it is given; pixels scroll past them. */
  height?: "content" | "stretch" | number;
  /** The children side by side, wrapping onto more lines, instead of one under another. */
  horizontal?: boolean;
  horizontalAlignment?: "left" | "center" | "right" | "distribute";
  verticalAlignment?: "top" | "center" | "bottom" | "distribute";
  /** The space between the children: "small" (the default), "medium", "large", or null for none. */
  gap?: Gap;
}

export interface ColumnsOptions {
  /** The space between the columns: "small" (the default), "medium", "large", or null for none. */
  gap?: Gap;
  /** Where each column's content sits when the row is taller than it. */
  verticalAlignment?: "top" | "center" | "bottom";
  border?: boolean;
}

export function container(this: unknown, options: ContainerOptions = {}): Container {
  const width = sizeOption("width", options.width, "stretch");
  const height = sizeOption("height", options.height, "content");
  const horizontalAlignment = checkChoice("container", "horizontalAlignment", options.horizontalAlignment, ["left", "center", "right", "distribute"]);
  const verticalAlignment = checkChoice("container", "verticalAlignment", options.verticalAlignment, ["top", "center", "bottom", "distribute"]);
  const gap = gapOption("container", options.gap);
  // Streamlit: a container of fixed height has a border unless told otherwise.
  const border = options.border ?? typeof height === "number";
  return openBlock(
    containerOf(this),
    "container",
    {
      block: "vertical",
      ...(border ? { border: true } : {}),
      ...(height !== "content" ? { height } : {}),
      ...(width !== "stretch" ? { width } : {}),
      ...(options.horizontal === true ? { horizontal: true as const } : {}),
      ...(horizontalAlignment !== "left" ? { horizontalAlignment } : {}),
      ...(verticalAlignment !== "top" ? { verticalAlignment } : {}),
      ...(gap !== "small" ? { gap } : {}),
    },
    options.key,
  );
}

/** A width or height: the keyword that is its default or the other one Streamlit allows, or whole pixels. */
function sizeOption<D extends "stretch" | "content">(name: "width" | "height", given: unknown, fallback: D): D | "stretch" | "content" | number {
  if (given === undefined || given === null) return fallback;
  if (given === "stretch" || given === "content" || (typeof given === "number" && Number.isInteger(given) && given > 0)) return given;
  throw invalidOption("container", name, SIZE_CHOICES, given);
}

/** The wire's gap: null (none) is "none". */
function gapOption(api: string, given: unknown): "small" | "medium" | "large" | "none" {
  if (given === undefined) return "small";
  if (given === null) return "none";
  if (given === "small" || given === "medium" || given === "large") return given;
  throw invalidOption(api, "gap", '"small", "medium", "large" or null', given);
}

export function empty(this: unknown): Container {
  return openBlock(containerOf(this), "empty", { block: "empty" });
}

/** `spec` is a number of equal columns or a list of relative widths. */
export function columns(this: unknown, spec: number | readonly number[], options: ColumnsOptions = {}): Container[] {
  const weights = typeof spec === "number" ? columnCount(spec) : spec;
  if (weights.length === 0 || weights.some((w) => typeof w !== "number" || !(w > 0) || !Number.isFinite(w))) {
    throw invalidOption("columns", "spec", "a positive integer or a list of positive numeric weights", spec);
  }
  const gap = gapOption("columns", options.gap);
  const verticalAlignment = options.verticalAlignment ?? "top";
  if (!["top", "center", "bottom"].includes(verticalAlignment)) {
    throw invalidOption("columns", "verticalAlignment", '"top", "center" or "bottom"', verticalAlignment);
  }
  takeSite();
  const exec = currentExecution("columns");
  const { block, at } = containerOf(this).place(exec);
  const row = exec.writer.writeBlock(
    block,
    { block: "horizontal", ...(gap !== "small" ? { gap } : {}), ...(verticalAlignment !== "top" ? { verticalAlignment } : {}) },
    false,
    at,
  );
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
      example: "const [left, right] = st.columns([2, 1]);\nleft.text(\"wide\");\nright.text(\"narrow\");\nst.sidebar.text(\"in the sidebar\");\nconst slot = st.empty();\nslot.text(\"replaced…\");\nslot.text(\"…by this\");", calls: ["st.container({ border, key, width, height, horizontal, horizontalAlignment, verticalAlignment, gap })", "st.empty()", "st.columns(n | weights, { gap, verticalAlignment, border })", "st.sidebar"],
      streamlit: "same",
      notes: "return containers with every element method (`col.text(\"…\")`) and `with(fn)`, Streamlit's `with col:`; a container of fixed `height` scrolls",
    },
  ],
});
