// st.segmentedControl: option buttons joined in one row; one chosen or (with
// `selectionMode: "multi"`) any number.
// All it does but its name, look and example is shared with the other option button groups
// (buttonGroupKind.ts, api/widgets/buttonGroup.ts).

import type { WidgetKindInfo } from "../api/widgets/widget.ts";
import { buttonGroupCall, buttonGroupFunction, buttonGroupInteractions, buttonGroupModel, buttonGroupNode } from "./buttonGroupKind.ts";
import { defineElement } from "./define.ts";

const kind = { kind: "segmentedControl", widget: buttonGroupModel } as const satisfies WidgetKindInfo;

/** st.segmentedControl: the chosen option or null; with `selectionMode: "multi"`, the chosen options. */
export const segmentedControl = buttonGroupFunction(kind);

export const node = buttonGroupNode("segmentedControl");

export default defineElement({
  // The kind and widget model `widget()` is given: written once.
  ...kind,
  node,
  api: { segmentedControl },
  testing: { interactions: buttonGroupInteractions },
  section: "Widgets",
  docs: [
    {
      calls: [buttonGroupCall("segmentedControl")],
      streamlit: ["st.segmented_control"],
      notes: 'returns the option or null; a list with `selectionMode: "multi"`',
      example: 'const mode = st.segmentedControl("Mode", [":material/light_mode: Light", ":material/dark_mode: Dark"], { default: ":material/light_mode: Light" });\nst.write("Mode:", mode);',
    },
  ],
});
