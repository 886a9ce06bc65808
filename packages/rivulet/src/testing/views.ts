// What AppTest hands out: read-only views of the page's elements, and widgets that record an
// interaction and run the app with it (`at.button[0].click().run()`). Views are derived from
// the element registry: a view has its node's fields (`at.slider[0].max`), a widget's view its
// value and the interactions its definition lists (`check()`, `setValue(n)`, `click()`).

import {
  ELEMENTS,
  type BlockNode,
  type ClientMessage,
  type ElementDefinition,
  type ElementKind,
  type ElementNode,
  type Interaction,
  type Json,
  type NodeOf,
  type TreeNode,
  type WidgetKind,
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

type Definition = (typeof ELEMENTS)[number];
type DefinitionOf<K extends ElementKind> = Extract<Definition, { kind: K }>;
type InteractionsOf<K extends ElementKind> = DefinitionOf<K> extends { testing: { interactions: infer I } } ? I : {};

/** The view of an element of kind `K`: its node's fields, and for a widget its value and interactions. */
export type ViewOf<K extends ElementKind> = ElementView<NodeOf<K>> &
  Readonly<Omit<NodeOf<K>, "kind" | "value">> &
  (K extends WidgetKind ? WidgetMembers : {}) & {
    [M in keyof InteractionsOf<K>]: InteractionsOf<K>[M] extends (node: never, ...args: infer P) => Interaction ? (...args: P) => ViewOf<K> : never;
  };

/** Any element's view. */
export type AnyView = ViewOf<ElementKind>;

interface WidgetMembers {
  readonly id: string;
  readonly label: string;
  readonly key: string | undefined;
  readonly disabled: boolean;
  readonly help: string | undefined;
  /** Runs the app with the interactions recorded so far. */
  run(options?: { timeout?: number }): Promise<unknown>;
}

const definitions = new Map<string, ElementDefinition>(ELEMENTS.map((definition) => [definition.kind, definition as ElementDefinition]));

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

  /**
   * A widget's current value (the one set by an interaction not yet run, else the page's); for
   * a button, whether its click caused the last run; for any other element its body, or what
   * its definition says (an exception's message).
   */
  get value(): unknown {
    const definition = definitions.get(this.node.kind);
    const widget = definition?.widget;
    const node = this.node as ElementNode & { id?: string; value?: unknown; body?: unknown };
    if (widget?.model === "trigger") return this.harness.wasTriggered(node.id!);
    if (widget !== undefined) return this.harness.pendingValue(node.id!)?.value ?? node.value;
    const own = definition?.testing?.value;
    return own ? own(this.node) : node.body;
  }

  /** Runs the app with the interactions recorded so far. */
  run(options?: { timeout?: number }): Promise<unknown> {
    return this.harness.run(options);
  }

  /** Does what an interaction of the definition says: a click, or a value to set. */
  protected interact(interaction: Interaction): this {
    const node = this.node as ElementNode & { id: string; isFormSubmitter?: boolean };
    if ("click" in interaction) {
      if (node.isFormSubmitter && this.formId !== null) this.harness.submitForm(this.formId, node.id);
      else this.harness.post({ type: "trigger", id: node.id });
    } else if (this.formId !== null) this.harness.holdFormValue(this.formId, node.id, interaction.value);
    else this.harness.post({ type: "setValue", id: node.id, value: interaction.value });
    return this;
  }
}

export function viewOf(node: ElementNode, harness: Harness, formId: string | null = null): AnyView {
  const view = new ElementView(node, harness, formId) as ElementView & Record<string, unknown>;
  // Fields of a widget every view of one has, even when the node leaves them out.
  const fields: Record<string, unknown> = definitions.get(node.kind)?.widget ? { key: undefined, help: undefined } : {};
  for (const [name, value] of Object.entries({ ...fields, ...node })) {
    if (!(name in view)) Object.defineProperty(view, name, { value, enumerable: true });
  }
  const interactions = (definitions.get(node.kind)?.testing?.interactions ?? {}) as unknown as Record<string, (node: ElementNode, ...args: unknown[]) => Interaction>;
  for (const [name, interaction] of Object.entries(interactions)) {
    Object.defineProperty(view, name, { value: (...args: unknown[]) => (view as unknown as { interact(i: Interaction): unknown }).interact(interaction(node, ...args)) });
  }
  return view as unknown as AnyView;
}

/** The lists AppTest has (`at.error`), each with the kind it holds and which of its nodes. */
export const LISTS: readonly { name: string; kind: ElementKind; holds: (node: ElementNode) => boolean }[] = [...definitions.values()].flatMap((definition) => {
  const kind = definition.kind as ElementKind;
  const lists = definition.testing?.lists as Record<string, (node: ElementNode) => boolean> | undefined;
  return lists ? Object.entries(lists).map(([name, holds]) => ({ name, kind, holds })) : [{ name: kind, kind, holds: () => true }];
});

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
  get<K extends ElementKind>(kind: K): ViewOf<K>[] {
    const found: AnyView[] = [];
    const visit = (node: TreeNode, formId: string | null) => {
      if (node.kind === "block") {
        if (this.harness.hides?.(node)) return;
        node.children.forEach((child) => visit(child, formInside(node, formId)));
      } else if (node.kind === kind) found.push(viewOf(node, this.harness, formId));
    };
    visit(this.node, this.formId);
    return found as ViewOf<K>[];
  }
}
