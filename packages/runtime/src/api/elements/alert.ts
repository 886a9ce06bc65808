// st.error, st.warning, st.info, st.success.

import type { AlertNode } from "../../wire/protocol.ts";
import type { Container } from "../container.ts";
import { writeElement } from "./writeElement.ts";

export interface AlertOptions {
  /** An emoji shown before the text. */
  icon?: string;
}

function alert(level: AlertNode["level"]) {
  return (target: Container, body: unknown, options: AlertOptions = {}): void => {
    const node: AlertNode = { kind: "alert", level, body: String(body) };
    if (options.icon !== undefined) node.icon = options.icon;
    writeElement(target, level, node);
  };
}

export const error = alert("error");
export const warning = alert("warning");
export const info = alert("info");
export const success = alert("success");
