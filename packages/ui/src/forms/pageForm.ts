// A form on the page (`st.form`): its widgets keep their values here instead of sending them,
// and a click of one of its submit buttons sends them all at once, with the click, in one
// `submit` message. Plain TypeScript (no runes): the Form block creates one and hands it to
// the widgets inside by context (forms/context.ts).
import type { BlockNode, ClientMessage, FormBlockNode, Json, TreeNode } from "../wire.ts";

/** What a widget inside a form gives the form. */
export interface FormField {
  /** The value the widget shows now: the user's, or the server's when the user changed nothing. */
  value(): Json;
  /** Its value went out with a submit when the page had seen `sentAt` runs start. */
  sent(sentAt: number): void;
}

/** What a form needs of the page: the socket and the run count. */
export interface FormHost {
  send(message: ClientMessage): boolean;
  runsStarted(): number;
}

export class PageForm {
  readonly #fields = new Map<string, FormField>();

  constructor(
    private readonly host: FormHost,
    /** The form's block as it is now (the server may change it between runs). */
    private readonly node: () => FormBlockNode,
  ) {}

  /** A widget of the form, by id, until the returned function is called. */
  register(id: string, field: FormField): () => void {
    this.#fields.set(id, field);
    return () => {
      if (this.#fields.get(id) === field) this.#fields.delete(id);
    };
  }

  /** Sends a click of submit button `buttonId` with every widget's value. Returns whether it went out. */
  submit(buttonId: string): boolean {
    const values = [...this.#fields].map(([id, field]) => ({ id, value: field.value() }));
    const sentAt = this.host.runsStarted();
    if (!this.host.send({ type: "submit", id: buttonId, values })) return false;
    for (const field of this.#fields.values()) field.sent(sentAt);
    return true;
  }

  /** Whether Enter in a text input of the form submits it. */
  get submitsOnEnter(): boolean {
    const node = this.node();
    const first = firstSubmitButton(node);
    return node.enterToSubmit && first !== undefined && !first.disabled;
  }

  /** Enter in a text input: a click of the form's first submit button, as in Streamlit. */
  enter(): boolean {
    const first = firstSubmitButton(this.node());
    return this.submitsOnEnter && first !== undefined && this.submit(first.id);
  }
}

/** The first submit button in `block` (a widget whose node says it submits its form), at any depth, in page order. */
export function firstSubmitButton(block: BlockNode): { id: string; disabled: boolean } | undefined {
  for (const child of block.children as TreeNode[]) {
    if (child.kind === "block") {
      const found = firstSubmitButton(child);
      if (found) return found;
    } else if ("isFormSubmitter" in child && child.isFormSubmitter === true) {
      return child;
    }
  }
  return undefined;
}
