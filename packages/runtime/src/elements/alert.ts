// st.error, st.warning, st.info, st.success: one element, four levels.

import { containerOf, type Container } from "../api/container.ts";
import { writeElement } from "../api/elements/writeElement.ts";
import { cleanText } from "../api/elements/cleanText.ts";
import { ALERT_NODE, type AlertNode } from "../wire/coreNodes.ts";
import { defineElement } from "./define.ts";
import { checkIcon } from "./fields.ts";

export interface AlertOptions {
  /** An emoji, or a Material icon as `:material/name:`, before the text. */
  icon?: string;
}

function alert(level: AlertNode["level"]) {
  return function (this: unknown, body: unknown, options: AlertOptions = {}): Container {
    const node: AlertNode = { kind: "alert", level, body: cleanText(body) };
    const icon = checkIcon(level, options.icon);
    if (icon !== undefined) node.icon = icon;
    return writeElement(containerOf(this), level, node);
  };
}

export const error = alert("error");
export const warning = alert("warning");
export const info = alert("info");
export const success = alert("success");

export const node = ALERT_NODE;

export default defineElement({
  kind: "alert",
  node,
  api: { error, warning, info, success },
  testing: {
    lists: {
      error: (node) => node.level === "error",
      warning: (node) => node.level === "warning",
      info: (node) => node.level === "info",
      success: (node) => node.level === "success",
    },
  },
  section: "Status",
  docs: [{ example: "st.success(\"Saved.\", { icon: \"✅\" });", calls: ["st.error(body, { icon })", "st.warning(...)", "st.info(...)", "st.success(...)"], streamlit: "same" }],
});
