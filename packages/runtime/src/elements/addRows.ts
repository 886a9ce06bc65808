// `handle.addRows(data)`: more rows at the end of a dataframe, a table or a chart, without
// sending again what the page has: the rows go as a table of their own (a binary frame), which
// the node lists in `more` after its data; the page joins them. The rule is the element's: a
// kind whose node has `more` takes rows (dataframe, table, vegaLiteChart). The new rows must
// have the element's columns, of the same types (any number goes with any number: 1 and 0.5
// are Int32 and Float64 here, both numbers to pandas), as Streamlit requires.

import { containerOf, type Container } from "../api/container.ts";
import type { DataInput } from "../api/data/toArrow.ts";
import { writeData } from "../api/data/writeData.ts";
import { schemaHasField } from "../api/elements/nodeCheck.ts";
import { currentExecution } from "../session/context.ts";
import { isBlock } from "../tree/live.ts";
import { invalidOption } from "../errors/invalidOption.ts";
import type { DataRef } from "../wire/dataRef.ts";
import type { ElementNode } from "../wire/protocol.ts";
import { defineApi } from "./define.ts";

type Appendable = ElementNode & { more?: DataRef[]; data?: DataRef; datasets?: Record<string, DataRef>; rows?: number };

export function addRows(this: unknown, data: DataInput): Container {
  const target = containerOf(this);
  const exec = currentExecution("addRows");
  const { block, at } = target.place(exec);
  const node = at === undefined ? undefined : block.children[at];
  if (node === undefined || isBlock(node) || !schemaHasField(node.kind, "more")) {
    throw invalidOption("addRows", "its element", "a dataframe, a table or a chart (the handle st.dataframe returns)", node === undefined || isBlock(node) ? "a container" : `a ${node.kind}`);
  }
  const shown = node as Appendable;
  const base = shown.data ?? shown.datasets?.source;
  const shape = base === undefined ? undefined : exec.session.data.shapeOf(base.$data);
  const written = writeData("addRows", data);
  if (shape !== undefined && shape.columns.length > 0) {
    const types = new Map(shape.columns.map((name, i) => [name, shape.types[i]!]));
    const numeric = (type: string | undefined) => type !== undefined && /^(Int|Uint|Float|Decimal)/.test(type);
    const fits = (name: string, type: string) => types.get(name) === type || (numeric(types.get(name)) && numeric(type));
    const mismatch = written.columns.find((name, i) => !fits(name, written.types[i]!));
    if (mismatch !== undefined || written.columns.length !== shape.columns.length) {
      const want = shape.columns.map((name, i) => `${name}: ${shape.types[i]}`).join(", ");
      const got = written.columns.map((name, i) => `${name}: ${written.types[i]}`).join(", ");
      throw invalidOption("addRows", "data", `rows with the element's columns and types (${want})`, got);
    }
  }
  const next = {
    ...shown,
    more: [...(shown.more ?? []), written.data],
    ...(typeof shown.rows === "number" ? { rows: shown.rows + written.rows } : {}),
  } as ElementNode;
  exec.writer.replaceElement(block, at!, next);
  return target;
}

export default defineApi({
  api: { addRows },
  containerMethods: true,
  writesData: true,
  section: "Data",
  docs: [
    {
      calls: ["handle.addRows(data)"],
      streamlit: ["add_rows"],
      notes: "appends to a dataframe, a table or a chart without sending again what the page has",
      example: 'const table = st.dataframe([{ step: 1, loss: 0.9 }]);\ntable.addRows([{ step: 2, loss: 0.7 }, { step: 3, loss: 0.55 }]);',
    },
  ],
});
