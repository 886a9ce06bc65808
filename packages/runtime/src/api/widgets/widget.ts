// What every widget does: take its call site, work out its identity, find or create its state,
// write its element, and return its value.

import { RivuletAPIError } from "../../errors/RivuletAPIError.ts";
import { currentExecution, takeSite } from "../../session/context.ts";
import type { Callback, WidgetEntry, WidgetKind } from "../../state/widgets.ts";
import type { Json, WidgetNode } from "../../wire/protocol.ts";
import { hashId } from "../../session/hashId.ts";
import type { Container } from "../container.ts";

/** Options every widget takes. */
export interface WidgetOptions {
  key?: string | number;
  help?: string;
  disabled?: boolean;
  args?: readonly unknown[];
}

export interface WidgetSpec<V> {
  api: string;
  kind: WidgetKind;
  label: string;
  key: string | number | undefined;
  initial: V;
  callback: ((...args: never[]) => unknown) | undefined;
  args: readonly unknown[] | undefined;
  /** Why a value from the page does not fit, or null. */
  reject: (value: Json) => string | null;
  node: (id: string, value: V) => WidgetNode;
}

export function widget<V>(target: Container, spec: WidgetSpec<V>): V {
  const site = takeSite();
  const exec = currentExecution(spec.api);
  const block = target.resolve(exec);
  const { widgets, state } = exec.session;
  const key = spec.key === undefined ? undefined : String(spec.key);
  const id = key === undefined ? exec.identity(site, `${spec.kind}:${spec.label}`) : hashId(`key|${key}`);

  let entry = widgets.get(id);
  if (entry !== undefined && entry.renderedBy === exec.id) {
    throw new RivuletAPIError(
      `There are multiple widgets with the same key "${key}". To fix this, please make sure that the key argument is unique for each widget you create.`,
    );
  }
  if (entry === undefined || entry.kind !== spec.kind) {
    const preset = key === undefined ? undefined : state.takeUserValue(key);
    entry = {
      id,
      kind: spec.kind,
      key,
      value: preset !== undefined && spec.kind !== "button" ? preset.value : spec.initial,
      fragmentId: null,
      callback: undefined,
      reject: spec.reject,
      renderedBy: exec.id,
    } satisfies WidgetEntry;
    widgets.set(entry);
  }
  entry.renderedBy = exec.id;
  entry.fragmentId = exec.fragment?.id ?? null;
  entry.reject = spec.reject;
  entry.callback = callbackOf(spec.api, spec.label, spec.callback, spec.args);
  const value = entry.value as V;
  exec.writer.writeElement(block, spec.node(id, value));
  return value;
}

function callbackOf(
  api: string,
  label: string,
  fn: Callback["fn"] | undefined,
  args: readonly unknown[] | undefined,
): Callback | undefined {
  if (fn === undefined) return undefined;
  if (typeof fn !== "function") throw new RivuletAPIError(`The callback of st.${api}("${label}") must be a function.`);
  return { fn, args: args ?? [] };
}

/** The fields every widget node has. */
export function baseNode(id: string, label: string, options: WidgetOptions): {
  id: string;
  label: string;
  disabled: boolean;
  help?: string;
  key?: string;
} {
  return {
    id,
    label,
    disabled: options.disabled ?? false,
    ...(options.help !== undefined ? { help: options.help } : {}),
    ...(options.key !== undefined ? { key: String(options.key) } : {}),
  };
}
