// The component of each element kind: `elements/<Kind>.svelte`, or `<Kind>.lazy.svelte` for one
// loaded only when a page shows it (components.ts), found by name, so adding an element means
// adding its component and nothing else here. A test checks that every kind of the registry
// has one.
import type { Component } from "svelte";
import { componentFinder, componentName, type Found } from "../components.ts";

type ElementComponent = Component<{ node: never }>;

const find = componentFinder<ElementComponent>(
  import.meta.glob<{ default: ElementComponent }>(["./*.svelte", "!./*.lazy.svelte"], { eager: true }),
  import.meta.glob<{ default: ElementComponent }>("./*.lazy.svelte"),
);

/** The component for `kind` (or its chunk on its way), or undefined when there is none. */
export function componentOf(kind: string): Found<ElementComponent> {
  return find(componentName(kind));
}
