// The component of each block that has one: `blocks/<Block>.svelte` (the block's name with a
// capital), found by name like the elements' (elements/index.ts). The core's layout blocks
// (vertical, horizontal, empty, fragment) are drawn by Block.svelte itself. A test
// checks that every block of the registry has a component.
import type { Component } from "svelte";

const files = import.meta.glob<{ default: Component<{ node: never; path: number[] }> }>("./*.svelte", { eager: true });

/** The component for `block`, or undefined when Block.svelte draws it. */
export function blockComponentOf(block: string): Component<{ node: never; path: number[] }> | undefined {
  return files[`./${block[0]!.toUpperCase()}${block.slice(1)}.svelte`]?.default;
}
