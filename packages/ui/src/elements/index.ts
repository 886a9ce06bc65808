// The component of each element kind: `elements/<Kind>.svelte` (the kind with a capital), found
// by name, so adding an element means adding its component and nothing else here. A test checks
// that every kind of the registry has one.
import type { Component } from "svelte";
import type { ElementKind } from "../wire.ts";

const files = import.meta.glob<{ default: Component<{ node: never }> }>("./*.svelte", { eager: true });

/** The component for `kind`, or undefined when there is none. */
export function componentOf(kind: string): Component<{ node: never }> | undefined {
  return files[`./${kind[0]!.toUpperCase()}${kind.slice(1)}.svelte`]?.default;
}

/** The file name `componentOf` looks for (for the test that every kind has one). */
export function componentFile(kind: ElementKind): string {
  return `${kind[0]!.toUpperCase()}${kind.slice(1)}.svelte`;
}
