// The compiler's checks know st functions by name: the registry's (generated from it), and
// Streamlit's functions the registry does not have yet. A name is in one of the two only, so
// an element that lands in the registry must leave the not-yet list.
import { expect, test } from "vitest";
import { ELEMENTS, APIS } from "@rivulet/runtime";
import { NOT_YET_IN_REGISTRY, WIDGET_METHODS } from "../../packages/compiler/src/phases/2-analyze/st-api.ts";
import { REGISTRY_OPTION_WIDGETS } from "../../packages/compiler/src/phases/2-analyze/st-api.generated.ts";

test("no st function is both in the registry and on the compiler's not-yet list", () => {
  const inRegistry = new Set([...ELEMENTS, ...APIS].flatMap((definition) => Object.keys(definition.api)));
  const notYet = Object.values(NOT_YET_IN_REGISTRY).flat();
  expect(notYet.filter((name) => inRegistry.has(name))).toEqual([]);
});

test("every widget of the registry is a widget to the compiler: always, or when its option says so", () => {
  const widgets = ELEMENTS.filter((definition) => "widget" in definition);
  expect(widgets.length).toBeGreaterThan(4);
  for (const definition of widgets) {
    const option = definition.widget.model === "value" && "whenOption" in definition.widget ? definition.widget.whenOption : undefined;
    for (const name of Object.keys(definition.api)) {
      expect(WIDGET_METHODS.has(name), name).toBe(option === undefined);
      expect(REGISTRY_OPTION_WIDGETS.get(name), name).toBe(option);
    }
  }
});
