// A container is where st elements go: `st` itself (the current container: the main area, or
// the fragment being run), `st.sidebar`, and the blocks `st.container()`, `st.columns()` and
// `st.empty()` return. Every element function is a method of every container, as with
// Streamlit's DeltaGenerator.

import type { Execution } from "../session/execution.ts";
import type { LiveBlock } from "../tree/live.ts";
import { RivuletAPIError } from "../errors/RivuletAPIError.ts";
import { currentExecution, takeSite } from "../session/context.ts";
import { header, markdown, subheader, text, title } from "./elements/text.ts";
import { write } from "./elements/write.ts";
import { error, info, success, warning } from "./elements/alert.ts";
import { button } from "./widgets/button.ts";
import { checkbox } from "./widgets/checkbox.ts";
import { slider } from "./widgets/slider.ts";
import { textInput } from "./widgets/textInput.ts";
import { columns, container, empty } from "./layout/blocks.ts";
import { form } from "./forms/form.ts";
import { formSubmitButton } from "./forms/formSubmitButton.ts";

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

  title = title.bind(null, this);
  header = header.bind(null, this);
  subheader = subheader.bind(null, this);
  markdown = markdown.bind(null, this);
  text = text.bind(null, this);
  write = write.bind(null, this);
  error = error.bind(null, this);
  warning = warning.bind(null, this);
  info = info.bind(null, this);
  success = success.bind(null, this);
  button = button.bind(null, this);
  checkbox = checkbox.bind(null, this);
  slider = slider.bind(null, this);
  textInput = textInput.bind(null, this);
  container = container.bind(null, this);
  columns = columns.bind(null, this);
  empty = empty.bind(null, this);
  form = form.bind(null, this);
  formSubmitButton = formSubmitButton.bind(null, this);
}

export const currentContainer = new Container({ kind: "current" });
export const sidebarContainer = new Container({ kind: "sidebar" });

export function blockContainer(block: LiveBlock, exec: Execution): Container {
  return new Container({ kind: "block", block, roots: exec.session.roots });
}
