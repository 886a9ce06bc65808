// A container is where st elements go: `st` itself (the current container: the main area, or
// the fragment being run), `st.sidebar`, and the blocks `st.container()`, `st.columns()` and
// `st.empty()` return. Every element function is a method of every container, as with
// Streamlit's DeltaGenerator: the element registry (elements/registry.ts) puts them on this
// class's prototype, and declares their types onto it, so this file imports no element.

import type { Execution } from "../session/execution.ts";
import type { LiveBlock } from "../tree/live.ts";
import { RivuletAPIError } from "../errors/RivuletAPIError.ts";
import { currentExecution, takeSite } from "../session/context.ts";

type Where =
  | { kind: "current" }
  | { kind: "sidebar" }
  | { kind: "block"; block: LiveBlock; roots: readonly LiveBlock[] };

export class Container {
  readonly #where: Where;

  constructor(where: Where) {
    this.#where = where;
  }

  /** The block this container writes to in `exec`'s session. */
  resolve(exec: Execution): LiveBlock {
    const where = this.#where;
    if (where.kind === "current") return exec.container;
    if (where.kind === "sidebar") return exec.session.roots[1];
    if (where.roots !== exec.session.roots) {
      throw new RivuletAPIError("This container belongs to another session.");
    }
    return where.block;
  }

  /**
   * The block form, Streamlit's `with col:`: `st.*` calls inside `body` write into this
   * container. Returns what `body` returns (a promise when it is async: await it).
   */
  with<T>(body: () => T): T {
    takeSite();
    if (typeof body !== "function") throw new RivuletAPIError("container.with() takes a function.");
    const exec = currentExecution("with");
    return exec.inContainer(this.resolve(exec), body);
  }
}

// Pure (for bundlers): the page imports element files for their schemas, never these.
export const currentContainer = /* @__PURE__ */ new Container({ kind: "current" });
export const sidebarContainer = /* @__PURE__ */ new Container({ kind: "sidebar" });

/**
 * The container an st function was called on: `this` when it is one (`col.text(...)`), the
 * current one otherwise (`st.text(...)`, where `this` is the `st` namespace, or a destructured call).
 */
export function containerOf(self: unknown): Container {
  return self instanceof Container ? self : currentContainer;
}

export function blockContainer(block: LiveBlock, exec: Execution): Container {
  return new Container({ kind: "block", block, roots: exec.session.roots });
}
