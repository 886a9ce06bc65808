// Puts every element's st functions (and the container functions among the others) on
// `Container.prototype`, so every container has them: `st.sidebar.button(...)`, `col.text(...)`.
// The types are declared onto `Container` by registry.generated.ts. Imported by the st exports
// (st.generated.ts), before anything can call a container method.

import { Container } from "../api/container.ts";
import { useNodeSchemas } from "../api/elements/nodeCheck.ts";
import { useMagicWrite } from "../session/magicWrite.ts";
import { APIS, BLOCKS, ELEMENTS } from "./registry.generated.ts";
import { ELEMENT_SCHEMAS, REGISTRY_BLOCK_SCHEMAS } from "./schemas.generated.ts";
import { write } from "./write.ts";

// The data support (apache-arrow under it) is not installed here: the modules that may write
// data import it (../data.ts).
useNodeSchemas(ELEMENT_SCHEMAS, REGISTRY_BLOCK_SCHEMAS);
useMagicWrite(write);

for (const definition of [...ELEMENTS, ...BLOCKS, ...APIS]) {
  if ("containerMethods" in definition && !definition.containerMethods) continue;
  for (const [name, fn] of Object.entries(definition.api)) installMethod(name, fn as (...args: unknown[]) => unknown);
}

/**
 * A method bound to its container the first time it is read, so that one taken off its
 * container still writes there: `const { text } = st.sidebar`, `items.forEach(col.write)`.
 */
function installMethod(name: string, fn: (...args: unknown[]) => unknown): void {
  Object.defineProperty(Container.prototype, name, {
    configurable: true,
    get(this: Container) {
      const bound = fn.bind(this);
      Object.defineProperty(this, name, { value: bound, writable: true, configurable: true });
      return bound;
    },
  });
}
