// The component of each block that has one: `blocks/<Block>.svelte` or `<Block>.lazy.svelte`
// (components.ts), found by name like the elements' (elements/index.ts). The core's layout
// blocks (vertical, horizontal, empty, fragment) are drawn by Block.svelte itself. A test checks
// that every block of the registry has a component.
import type { Component } from "svelte";
import { componentFinder, componentName, type Found } from "../components.ts";

type BlockComponent = Component<{ node: never; path: number[] }>;

const find = componentFinder<BlockComponent>(
  import.meta.glob<{ default: BlockComponent }>(["./*.svelte", "!./*.lazy.svelte"], { eager: true }),
  import.meta.glob<{ default: BlockComponent }>("./*.lazy.svelte"),
);

/** The component for `block` (or its chunk on its way), or undefined when Block.svelte draws it. */
export function blockComponentOf(block: string): Found<BlockComponent> {
  return find(componentName(block));
}
