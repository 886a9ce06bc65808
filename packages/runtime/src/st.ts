// The st API: everything `import * as st from "rivulet"` has (the element registry's st
// functions, with their option types), and the Container class they are methods of.
export * from "./elements/st.generated.ts";
export { Container } from "./api/container.ts";
// Also what declares the element methods onto `Container` (a `declare module` in the registry):
// a program that imports only "rivulet" must load it to see `st.sidebar.button`.
export type { ElementKind } from "./elements/registry.generated.ts";
