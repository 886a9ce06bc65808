// What AppTest hands out: read-only views of the page's elements, and widgets that record an
// interaction and run the app with it (`at.button[0].click().run()`).

import type {
  BlockNode,
  ClientMessage,
  ElementNode,
  ExceptionNode,
  Json,
  SourceLocation,
  NodeOf,
  TreeNode,
  WidgetKind,
} from "@rivulet/runtime";

/** What a view needs of its AppTest. */
export interface Harness {
  /** Whether the page hides this block (a dialog the user dismissed). */
  hides?(block: BlockNode): boolean;
  post(message: ClientMessage): void;
  pendingValue(id: string): { value: Json } | undefined;
  wasTriggered(id: string): boolean;
  run(options?: { timeout?: number }): Promise<unknown>;
  /** A value set on a widget of form `formId`: held, as the page holds it, until the form is submitted. */
  holdFormValue(formId: string, id: string, value: Json): void;
  /** A click of submit button `id` of form `formId`: sends the form's held values with it. */
  submitForm(formId: string, id: string): void;
}

export class ElementView<N extends ElementNode = ElementNode> {
  constructor(
    readonly node: N,
    protected readonly harness: Harness,
    /** The key of the form the element is in (from its ancestor blocks on the page), or null. */
    readonly formId: string | null = null,
  ) {}

  get kind(): N["kind"] {
    return this.node.kind;
  }

  get value(): unknown {
    return "body" in this.node ? this.node.body : undefined;
  }
}

export class ExceptionView extends ElementView<ExceptionNode> {
  override get value(): string {
    return this.node.message;
  }
  get message(): string {
    return this.node.message;
  }
  get type(): string {
    return this.node.type;
  }
  get stack(): string[] {
    return this.node.stack;
  }
  get loc(): SourceLocation | undefined {
    return this.node.loc;
  }
}

abstract class WidgetView<N extends NodeOf<WidgetKind>> extends ElementView<N> {
  get id(): string {
    return this.node.id;
  }
  get label(): string {
    return this.node.label;
  }
  get key(): string | undefined {
    return this.node.key;
  }
  get disabled(): boolean {
    return this.node.disabled;
  }
  get help(): string | undefined {
    return this.node.help;
  }
  /** Runs the app with the interactions recorded so far. */
  async run(options?: { timeout?: number }): Promise<unknown> {
    return this.harness.run(options);
  }
  protected setValue(value: Json): this {
    if (this.formId !== null) this.harness.holdFormValue(this.formId, this.id, value);
    else this.harness.post({ type: "setValue", id: this.id, value });
    return this;
  }
  protected current<V>(fallback: V): V {
    const pending = this.harness.pendingValue(this.id);
    return pending === undefined ? fallback : (pending.value as V);
  }
}


export class ButtonView extends WidgetView<NodeOf<"button">> {
  /** True when the last run was caused by a click on this button. */
  override get value(): boolean {
    return this.harness.wasTriggered(this.id);
  }
  /** True for `st.formSubmitButton`. */
  get isFormSubmitter(): boolean {
    return this.node.isFormSubmitter === true;
  }
  /** A click; a form's submit button sends the values set on the form's widgets with it. */
  click(): this {
    if (this.isFormSubmitter && this.formId !== null) this.harness.submitForm(this.formId, this.id);
    else this.harness.post({ type: "trigger", id: this.id });
    return this;
  }
}

export class CheckboxView extends WidgetView<NodeOf<"checkbox">> {
  override get value(): boolean {
    return this.current(this.node.value);
  }
  check(): this {
    return this.setValue(true);
  }
  uncheck(): this {
    return this.setValue(false);
  }
}

export class SliderView extends WidgetView<NodeOf<"slider">> {
  override get value(): number {
    return this.current(this.node.value);
  }
  get min(): number {
    return this.node.min;
  }
  get max(): number {
    return this.node.max;
  }
  get step(): number {
    return this.node.step;
  }
  override setValue(value: number): this {
    return super.setValue(value);
  }
}

export class TextInputView extends WidgetView<NodeOf<"textInput">> {
  override get value(): string | null {
    return this.current(this.node.value);
  }
  input(text: string): this {
    return this.setValue(text);
  }
}

export type AnyView = ElementView | ExceptionView | ButtonView | CheckboxView | SliderView | TextInputView;

export function viewOf(node: ElementNode, harness: Harness, formId: string | null = null): AnyView {
  switch (node.kind) {
    case "exception":
      return new ExceptionView(node, harness, formId);
    case "button":
      return new ButtonView(node, harness, formId);
    case "checkbox":
      return new CheckboxView(node, harness, formId);
    case "slider":
      return new SliderView(node, harness, formId);
    case "textInput":
      return new TextInputView(node, harness, formId);
    default:
      return new ElementView(node, harness, formId);
  }
}

/** The form a block's children are in: the block itself when it is a form, else the block's own. */
function formInside(block: BlockNode, outer: string | null): string | null {
  return block.block === "form" ? block.formId : outer;
}

/** A block of the page: its children in order, and its elements of one kind at any depth. */
export class BlockView {
  constructor(
    readonly node: BlockNode,
    private readonly harness: Harness,
    /** The key of the form this block is in, or null (a form block is in itself). */
    readonly formId: string | null = formInside(node, null),
  ) {}

  get block(): BlockNode["block"] {
    return this.node.block;
  }

  get children(): (BlockView | AnyView)[] {
    return this.node.children.map((child) =>
      child.kind === "block"
        ? new BlockView(child, this.harness, formInside(child, this.formId))
        : viewOf(child, this.harness, this.formId),
    );
  }

  /** Every element of `kind` inside this block, in page order. */
  get<K extends ElementNode["kind"]>(kind: K): AnyView[] {
    const found: AnyView[] = [];
    const visit = (node: TreeNode, formId: string | null) => {
      if (node.kind === "block") {
        if (this.harness.hides?.(node)) return;
        node.children.forEach((child) => visit(child, formInside(node, formId)));
      } else if (node.kind === kind) found.push(viewOf(node, this.harness, formId));
    };
    visit(this.node, this.formId);
    return found;
  }
}
