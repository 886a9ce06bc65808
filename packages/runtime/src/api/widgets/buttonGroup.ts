// What st.pills and st.segmentedControl share (Streamlit's ButtonGroup): a row of option
// buttons, one chosen or any number (`selectionMode`). The page holds the chosen options'
// indexes, as Streamlit's int-array value; the script gets the options themselves: one or null
// in "single" mode, a list in "multi" mode.

import * as v from "valibot";
import { invalidOption } from "../../errors/invalidOption.ts";
import type { Container } from "../container.ts";
import type { ElementNode, Json } from "../../wire/protocol.ts";
import { defaultOptions, optionIndex, optionLabels, optionList, type FormatFunc, type OptionsOf } from "./options.ts";
import { widget, type PageForm, type WidgetKindInfo, type WidgetOptions } from "./widget.ts";

export type SelectionMode = "single" | "multi";

export interface ButtonGroupOptions<T> extends WidgetOptions {
  /** "single" (the default): one option or none; "multi": any number. */
  selectionMode?: SelectionMode;
  /** The options chosen at first: one, or (in "multi" mode) a list. */
  default?: readonly T[] | T | null;
  /** An option's label; a leading `:material/name:` becomes the button's icon. */
  formatFunc?: FormatFunc<T>;
  onChange?: (...args: never[]) => unknown;
  /** "content" (the default) fits the group to its buttons; "stretch" fills the container; or pixels. */
  width?: "content" | "stretch" | number;
}

/** What the page sends: the chosen options' indexes, in the order they are shown. */
export const buttonGroupValue = v.array(v.pipe(v.number(), v.integer(), v.minValue(0)));

/** One option button: its Markdown label and the Material icon its label began with. */
export const buttonGroupOption = v.object({ label: v.string(), icon: v.optional(v.string()) });
export type ButtonGroupOption = v.InferOutput<typeof buttonGroupOption>;

/** The group as a widget: `node` builds the element from the checked pieces. */
export function buttonGroup<T>(
  target: Container,
  kind: WidgetKindInfo,
  api: string,
  label: string,
  options: OptionsOf<T>,
  groupOptions: ButtonGroupOptions<T>,
  node: (id: string, pieces: { options: ButtonGroupOption[]; value: number[]; multi: boolean }) => ElementNode,
): T | null | T[] {
  const mode = groupOptions.selectionMode ?? "single";
  if (mode !== "single" && mode !== "multi") {
    throw invalidOption(api, "selectionMode", '"single" or "multi"', mode);
  }
  const multi = mode === "multi";
  const list = optionList(api, options);
  const labels = optionLabels(api, list, groupOptions.formatFunc);
  const buttons = labels.map(withIcon);
  const chosen = defaultOptions(list, groupOptions.default);
  if (!multi && chosen.length > 1) {
    throw invalidOption(api, "default", 'a single value when selectionMode is "single"', groupOptions.default);
  }
  const page = groupForm(list, multi);
  const initial = multi ? chosen : (chosen[0] ?? null);
  return widget<T | null | T[]>(target, kind, {
    api,
    label,
    key: groupOptions.key,
    // Streamlit 1.50: with a key, the options and default may change and the choice stays.
    keyedParams: [mode],
    params: [JSON.stringify(labels), JSON.stringify(chosen.map((option) => optionIndex(list, option))), mode, groupOptions.help],
    initial: initial as T | null | T[],
    valueGiven: chosen.length > 0,
    callback: groupOptions.onChange,
    args: groupOptions.args,
    page: page as PageForm<T | null | T[]>,
    reject: (value) => {
      const indexes = value as number[];
      const missing = indexes.find((index) => index >= list.length);
      if (missing !== undefined) return `it has no option ${missing} (it has ${list.length})`;
      if (new Set(indexes).size !== indexes.length) return "it lists an option twice";
      return !multi && indexes.length > 1 ? "it takes one option at most" : null;
    },
    rejectState: (value) =>
      page.toPage(value) !== undefined ? null : multi ? 'a list of its options (its selectionMode is "multi")' : "one of its options, or null",
    node: (id, value) => node(id, { options: buttons, value: page.toPage(value) ?? [], multi }),
  });
}

/** The page form: indexes; one option or null becomes a list of at most one. */
function groupForm<T>(list: readonly T[], multi: boolean) {
  const indexOf = (option: unknown): number | undefined => {
    const index = optionIndex(list, option);
    return index === -1 ? undefined : index;
  };
  return {
    toPage(value: unknown): number[] | undefined {
      if (!multi) {
        if (value === null) return [];
        const index = indexOf(value);
        return index === undefined ? undefined : [index];
      }
      if (!Array.isArray(value)) return undefined;
      const indexes = value.map(indexOf);
      return indexes.includes(undefined) ? undefined : (indexes as number[]);
    },
    fromPage(value: Json): T | null | T[] {
      const options = (value as number[]).map((index) => list[index]!);
      return multi ? options : (options[0] ?? null);
    },
  } satisfies PageForm<unknown>;
}

/** A label that starts with a Material icon (`:material/name: rest`) shows the icon apart, as Streamlit's. */
function withIcon(label: string): ButtonGroupOption {
  if (!label.startsWith(":material/")) return { label };
  const [first, ...rest] = label.split(" ");
  return first !== undefined && /^:material\/[a-z0-9_]+:$/.test(first) ? { label: rest.join(" "), icon: first } : { label };
}
