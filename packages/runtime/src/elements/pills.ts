// st.pills: option buttons shaped as pills, wrapping onto more lines; one chosen or (with
// `selectionMode: "multi"`) any number.
// All it does but its name, look and example is shared with the other option button groups
// (buttonGroupKind.ts, api/widgets/buttonGroup.ts).

import type { WidgetKindInfo } from "../api/widgets/widget.ts";
import { buttonGroupCall, buttonGroupFunction, buttonGroupInteractions, buttonGroupModel, buttonGroupNode } from "./buttonGroupKind.ts";
import { defineElement } from "./define.ts";

const kind = { kind: "pills", widget: buttonGroupModel } as const satisfies WidgetKindInfo;

/** st.pills: the chosen option or null; with `selectionMode: "multi"`, the chosen options. */
export const pills = buttonGroupFunction(kind);

export const node = buttonGroupNode("pills");

export default defineElement({
  // The kind and widget model `widget()` is given: written once.
  ...kind,
  node,
  api: { pills },
  testing: { interactions: buttonGroupInteractions },
  section: "Widgets",
  docs: [
    {
      calls: [buttonGroupCall("pills")],
      streamlit: ["st.pills"],
      notes: 'returns the option or null; a list with `selectionMode: "multi"`',
      example: 'const chosen = st.pills("Directions", ["North", "East", "South", "West"], { selectionMode: "multi" });\nst.markdown(`Your selected options: ${chosen.join(", ")}.`);',
    },
  ],
});
