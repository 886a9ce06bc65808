import type { Container } from "../container.ts";
import { baseNode, widget, type WidgetOptions } from "./widget.ts";
import { describeValue } from "../../wire/pageValues.ts";

export interface CheckboxOptions extends WidgetOptions {
  value?: boolean;
  onChange?: (...args: never[]) => unknown;
}

export function checkbox(target: Container, label: string, options: CheckboxOptions = {}): boolean {
  return widget<boolean>(target, {
    api: "checkbox",
    kind: "checkbox",
    label,
    key: options.key,
    params: [options.value, options.help],
    initial: options.value ?? false,
    valueGiven: options.value !== undefined,
    callback: options.onChange,
    args: options.args,
    reject: (value) => (typeof value === "boolean" ? null : `expected true or false, got ${describeValue(value)}`),
    node: (id, value) => ({ kind: "checkbox", ...baseNode(id, label, options), value: Boolean(value) }),
  });
}
