// Puts every element's st functions (and the container functions among the others) on
// `Container.prototype`, so every container has them: `st.sidebar.button(...)`, `col.text(...)`.
// The types are declared onto `Container` by registry.generated.ts. Imported by the st exports
// (st.generated.ts), before anything can call a container method.

import { Container } from "../api/container.ts";
import { APIS, ELEMENTS } from "./registry.generated.ts";

for (const definition of [...ELEMENTS, ...APIS]) {
  if ("containerMethods" in definition && !definition.containerMethods) continue;
  for (const [name, fn] of Object.entries(definition.api)) {
    Object.defineProperty(Container.prototype, name, { value: fn, writable: true, configurable: true });
  }
}
