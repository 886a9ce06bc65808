import type { Container } from "../container.ts";
import { baseNode, widget, type WidgetOptions } from "./widget.ts";

export interface ButtonOptions extends WidgetOptions {
  onClick?: (...args: never[]) => unknown;
  type?: "primary" | "secondary" | "tertiary";
  useContainerWidth?: boolean;
}

/** st.button: true for exactly the one run its click caused. */
export function button(target: Container, label: string, options: ButtonOptions = {}): boolean {
  return widget<boolean>(target, {
    api: "button",
    kind: "button",
    label,
    key: options.key,
    params: [options.help, options.type],
    initial: false,
    callback: options.onClick,
    args: options.args,
    reject: () => "a button takes clicks, not values",
    node: (id) => ({ kind: "button", ...baseNode(id, label, options), type: options.type ?? "secondary" }),
  });
}
