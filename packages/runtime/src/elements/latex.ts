// st.latex: display math, typeset by KaTeX on the page (loaded the first time it is needed).
// Its body is Streamlit's: the TeX between `$$` lines, which is what AppTest shows as its value.

import * as v from "valibot";
import { containerOf, type Container } from "../api/container.ts";
import { writeElement } from "../api/elements/writeElement.ts";
import { cleanText } from "../api/elements/cleanText.ts";
import { defineElement } from "./define.ts";
import { given, help } from "./fields.ts";

export interface LatexOptions {
  help?: string;
}

export function latex(this: unknown, body: unknown, options: LatexOptions = {}): Container {
  return writeElement(containerOf(this), "latex", { kind: "latex", body: `$$\n${cleanText(body)}\n$$`, ...given(options, "help") });
}

export const node = v.object({ kind: v.literal("latex"), body: v.string(), help });

export default defineElement({
  kind: "latex",
  node,
  api: { latex },
  section: "Text",
  docs: [
    {
      calls: ["st.latex(body, { help })"],
      streamlit: ["st.latex"],
      notes: "KaTeX, loaded when first needed",
      example: 'st.latex(String.raw`a + ar + ar^2 + \\cdots + ar^{n-1} = \\sum_{k=0}^{n-1} ar^k`);',
    },
  ],
});
