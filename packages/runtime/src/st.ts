// The st API: everything `import * as st from "rivulet"` has (the element registry's st
// functions, with their option types), and the Container class they are methods of.
export * from "./elements/st.generated.ts";
export { Container } from "./api/container.ts";
