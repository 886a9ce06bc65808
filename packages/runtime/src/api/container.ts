// A container is where st elements go: `st` itself (the current container: the main area, or
// the fragment being run), `st.sidebar`, and the blocks `st.container()`, `st.columns()` and
// `st.empty()` return. Every element function is a method of every container, as with
// Streamlit's DeltaGenerator: the element registry (elements/registry.ts) puts them on this
// class's prototype, and declares their types onto it, so this file imports no element.

import type { Execution } from "../session/execution.ts";
import type { LiveBlock } from "../tree/live.ts";
import { RivuletAPIError } from "../errors/RivuletAPIError.ts";
import { invalidOption } from "../errors/invalidOption.ts";
import { currentExecution, takeSite } from "../session/context.ts";

type Where =
  | { kind: "current" }
  | { kind: "sidebar" }
  | { kind: "block"; block: LiveBlock; roots: readonly LiveBlock[] }
  /** One element's place (what an element's st function returns): writing there replaces it. */
  | { kind: "slot"; block: LiveBlock; index: number; execId: number };

/** Where a container writes in an execution: a block, and for an element's slot the index it replaces. */
export interface Place {
  block: LiveBlock;
  at: number | undefined;
}

export class Container {
  readonly #where: Where;

  constructor(where: Where) {
    this.#where = where;
  }

  /** The block this container writes to in `exec`'s session. */
  resolve(exec: Execution): LiveBlock {
    return this.place(exec).block;
  }

  /** Where this container writes in `exec`: its block, and for an element's slot the index it replaces. */
  place(exec: Execution): Place {
    const where = this.#where;
    if (where.kind === "current") return { block: exec.container, at: undefined };
    if (where.kind === "sidebar") return { block: exec.session.roots[1], at: undefined };
    if (where.kind === "slot") {
      if (where.execId !== exec.id) {
        throw new RivuletAPIError("stale_element_handle");
      }
      return { block: where.block, at: where.index };
    }
    if (where.roots !== exec.session.roots) {
      throw new RivuletAPIError("foreign_container");
    }
    return { block: where.block, at: undefined };
  }

  /**
   * The block form, Streamlit's `with col:`: `st.*` calls inside `body` write into this
   * container. Returns what `body` returns (a promise when it is async: await it).
   */
  with<T>(body: () => T): T {
    takeSite();
    if (typeof body !== "function") throw invalidOption("with", "body", "a function", body);
    const exec = currentExecution("with");
    const { block, at } = this.place(exec);
    if (at !== undefined) {
      throw new RivuletAPIError("handle_not_a_container");
    }
    return exec.inContainer(block, body);
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

/** The handle of the element just written at `index` of `block`: its methods replace it (`bar.progress(50)`). */
export function slotContainer(block: LiveBlock, index: number, exec: Execution): Container {
  return new Container({ kind: "slot", block, index, execId: exec.id });
}
