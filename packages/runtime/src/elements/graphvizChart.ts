// st.graphviz_chart: a graph written in Graphviz's DOT language, laid out and drawn by Graphviz
// itself on the page (@viz-js/viz: Graphviz compiled to WebAssembly, in a chunk of its own), as
// SVG. The DOT text goes to the page as it is (its `layout` attribute picks Graphviz's engine);
// a graph the page cannot lay out says why there.

import * as v from "valibot";
import { containerOf, type Container } from "../api/container.ts";
import { writeElement } from "../api/elements/writeElement.ts";
import { invalidOption, SIZE_CHOICES } from "../errors/invalidOption.ts";
import { defineElement } from "./define.ts";
import { checkWidth, width, type Width } from "./fields.ts";

/** DOT text, or a graph object that writes it (`toDot()`, or Python graphviz's `source`). */
export type GraphvizGraph = string | { toDot(): string } | { source: string };

export interface GraphvizChartOptions {
  /** "content" (the default): the graph's own width, at most the container's; "stretch"; or pixels. */
  width?: Width;
  /** "content" (the default): as tall as the graph at its width; or pixels. */
  height?: "content" | number;
  /** Deprecated in Streamlit 1.50: `width: "stretch"`. */
  useContainerWidth?: boolean;
}

export function graphvizChart(this: unknown, graph: GraphvizGraph, options: GraphvizChartOptions = {}): Container {
  if (typeof options !== "object" || options === null) throw invalidOption("graphvizChart", "options", "an object of options", options);
  const dot = dotOf(graph);
  const size = options.useContainerWidth === true ? "stretch" : checkWidth("graphvizChart", options.width, "content");
  const height = options.height ?? "content";
  if (height !== "content" && !(Number.isInteger(height) && height > 0)) throw invalidOption("graphvizChart", "height", SIZE_CHOICES, height);
  return writeElement(containerOf(this), "graphvizChart", {
    kind: "graphvizChart",
    dot,
    ...(size !== "content" ? { width: size } : {}),
    ...(height !== "content" ? { height } : {}),
  });
}

function dotOf(graph: unknown): string {
  if (typeof graph === "string") return graph;
  if (typeof graph === "object" && graph !== null) {
    const toDot = (graph as { toDot?: unknown }).toDot;
    if (typeof toDot === "function") {
      const made: unknown = toDot.call(graph);
      if (typeof made === "string") return made;
    }
    const source = (graph as { source?: unknown }).source;
    if (typeof source === "string") return source;
  }
  throw invalidOption("graphvizChart", "graph", "DOT text, or an object with toDot() or a `source` of DOT text", graph);
}

export const node = v.object({
  kind: v.literal("graphvizChart"),
  /** The graph in Graphviz's DOT language. */
  dot: v.string(),
  width,
  height: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1))),
});

export default defineElement({
  kind: "graphvizChart",
  node,
  api: { graphvizChart },
  section: "Data",
  testing: { value: (shown: v.InferOutput<typeof node>) => shown.dot },
  docs: [
    {
      calls: ["st.graphvizChart(dot, { width, height })"],
      streamlit: ["st.graphviz_chart"],
      notes: "DOT text (or an object with `toDot()`), laid out by Graphviz in WebAssembly on the page, as SVG (`layout=neato` in the DOT picks another engine)",
      example: 'st.graphvizChart(`digraph { rankdir=LR; run -> intr [label="click"]; intr -> runbl; runbl -> run; run -> kernel; kernel -> zombie }`);',
    },
  ],
});
