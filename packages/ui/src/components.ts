// Finding a kind's component by its file name, for elements/index.ts and blocks/index.ts.
// `<Name>.svelte` is in the page's first chunk; `<Name>.lazy.svelte` is a chunk of its own,
// loaded the first time the page shows that kind (the heavy ones: a combobox, a date picker),
// so a page without them does not pay for them. Once loaded, it is found at once.
import type { Component } from "svelte";

/** A component, or its chunk on its way; undefined when there is none. */
export type Found<C> = C | Promise<C> | undefined;

export function componentFinder<C extends Component<never>>(
  eager: Record<string, { default: C }>,
  lazy: Record<string, () => Promise<{ default: C }>>,
): (name: string) => Found<C> {
  const loaded = new Map<string, C | Promise<C>>();
  return (name) => {
    const inFirstChunk = eager[`./${name}.svelte`];
    if (inFirstChunk) return inFirstChunk.default;
    const known = loaded.get(name);
    if (known) return known;
    const load = lazy[`./${name}.lazy.svelte`];
    if (!load) return undefined;
    const loading = load().then(
      (module) => {
        loaded.set(name, module.default);
        return module.default;
      },
      (error: unknown) => {
        // The chunk did not come (the server went away): the next render tries again.
        loaded.delete(name);
        throw error;
      },
    );
    loaded.set(name, loading);
    return loading;
  };
}

/** The component's file name from its kind: the kind with a capital. */
export function componentName(kind: string): string {
  return `${kind[0]!.toUpperCase()}${kind.slice(1)}`;
}
