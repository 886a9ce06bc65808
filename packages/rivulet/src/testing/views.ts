// What AppTest hands out: read-only views of the page's elements, and widgets that record an
// interaction and run the app with it (`at.button[0].click().run()`). Views are derived from
// the element registry: a view has its node's fields (`at.slider[0].max`), a widget's view its
// value and the interactions its definition lists (`check()`, `setValue(n)`, `click()`).

import {
  BLOCKS,
  BLOCK_SCHEMAS,
  ELEMENTS,
  REGISTRY_BLOCK_SCHEMAS,
  type BlockDefinition,
  type BlockNode,
  type RegistryBlockKind,
  type ClientMessage,
  type DataReader,
  type ElementDefinition,
  type ElementKind,
  type ElementNode,
  type Interaction,
  type Json,
  type NodeOf,
  type TreeNode,
  type WidgetKind,
} from "@rivulet/runtime";

import type { Lists } from "./lists.generated.ts";

/** What a view needs of its AppTest. */
export interface Harness {
  /** Whether the page hides this block (a dialog the user dismissed). */
  hides?(block: BlockNode): boolean;
  post(message: ClientMessage): void;
  /** A file uploaded to the session, as its host takes one over HTTP; what the page's value names it by. */
  upload(file: { name: string; type?: string; bytes: Uint8Array | string }): Json;
  /** The bytes of data a node names (`{ $data: id }`), as the page got them. */
  readData: DataReader;
  pendingValue(id: string): { value: Json } | undefined;
  /** The script's value for what the page holds for widget `id` (a selectbox's option for its index). */
  scriptValue(id: string, value: Json): unknown;
  /** What the page would send widget `id` for the script's `value`; throws when the widget cannot show it. */
  pageValue(id: string, value: unknown): Json;
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

/** A node's field as a view shows it: a flag the node leaves out when false (`isFormSubmitter?: true`) is a boolean. */
type FieldOf<T> = [Exclude<T, undefined>] extends [true] ? boolean : T;
type FieldsOf<N> = { readonly [P in Exclude<keyof N, "kind" | "value">]-?: FieldOf<N[P]> };

/**
 * A view's `value`: what its definition says (an exception's message); for a button whether its
 * click caused the last run; for a widget whose page holds its value in another form (a
 * selectbox's index) the script's value, whatever it is; for another widget its node's value;
 * else the element's body.
 */
export type ValueOf<K extends ElementKind> =
  DefinitionOf<K> extends { testing: { value: (node: never) => infer R } }
    ? R
    : DefinitionOf<K> extends { widget: { model: "trigger"; value: { readonly "~types"?: { readonly output: infer C } | undefined } } }
      ? C | null
      : DefinitionOf<K> extends { widget: { model: "trigger" } }
      ? boolean
      : DefinitionOf<K> extends { widget: { pageForm: true } }
        ? unknown
        : DefinitionOf<K> extends { widget: object }
          ? NodeOf<K> extends { value: infer V }
            ? V
            : never
          : NodeOf<K> extends { body: infer B }
            ? B
            : NodeOf<K> extends { value: infer V }
              ? V
              : unknown;

/** The view of an element of kind `K`: its node's fields, its value, and for a widget the interactions its definition lists. */
export type ViewOf<K extends ElementKind> = ElementView<NodeOf<K>> &
  FieldsOf<NodeOf<K>> & { readonly value: ValueOf<K> } & (K extends WidgetKind ? WidgetMembers : {}) & {
    [M in keyof InteractionsOf<K>]: InteractionsOf<K>[M] extends (node: never, ...args: infer P) => Interaction ? (...args: P) => ViewOf<K> : never;
  };

/** Any element's view: narrowed by its `kind` (`view.kind === "slider" && view.max`). */
export type AnyView = { [K in ElementKind]: ViewOf<K> }[ElementKind];

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
   * A widget's current value as the script sees it (the one set by an interaction not yet run,
   * else the page's); for a button, whether its click caused the last run; for any other
   * element its body, or what its definition says (an exception's message).
   */
  get value(): unknown {
    const definition = definitions.get(this.node.kind);
    const node = this.node as ElementNode & { id?: string; value?: unknown; body?: unknown };
    // What the definition says comes first (a dataframe's data, even when it is a widget too).
    const own = definition?.testing?.value;
    if (own) return own(this.node, (ref) => this.harness.readData(ref));
    const widget = definition?.widget;
    // A submit that carries a value (a chat input's text): the one waiting to run, or none.
    if (widget?.model === "trigger" && widget.value !== undefined) return this.harness.pendingValue(node.id!)?.value ?? null;
    if (widget?.model === "trigger") return this.harness.wasTriggered(node.id!);
    if (widget !== undefined) return this.harness.scriptValue(node.id!, this.harness.pendingValue(node.id!)?.value ?? (node.value as Json));
    return "body" in node ? node.body : node.value;
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
      return this;
    }
    if ("trigger" in interaction) {
      this.harness.post({ type: "trigger", id: node.id, value: interaction.trigger });
      return this;
    }
    if ("upload" in interaction) {
      // As the page does: each file to the session first (its HTTP upload), then the value that names them.
      const uploaded = interaction.upload.map((file) => this.harness.upload(file));
      const current = (this.harness.pendingValue(node.id)?.value ?? (node as { value?: Json }).value ?? []) as Json[];
      const multiple = (node as { multiple?: boolean }).multiple === true;
      interaction = { value: multiple ? [...current, ...uploaded] : uploaded.slice(-1) };
    }
    const value =
      "set" in interaction
        ? this.harness.pageValue(node.id, interaction.set)
        : "update" in interaction
          ? this.harness.pageValue(node.id, interaction.update(this.value))
          : interaction.value;
    if (this.formId !== null) this.harness.holdFormValue(this.formId, node.id, value);
    else this.harness.post({ type: "setValue", id: node.id, value });
    return this;
  }
}

/** The class of the views of one kind (`at.slider[0] instanceof SliderView`), exported by lists.generated.ts. */
export type ViewClass<K extends ElementKind> = new (node: NodeOf<K>, harness: Harness, formId?: string | null) => ViewOf<K>;

const classes = new Map<string, ViewClass<ElementKind>>();

/**
 * The class of kind `kind`'s views, made once from its definition: a getter for each field of
 * its node schema (a flag left out reads false) and a method for each interaction.
 */
export function viewClass<K extends ElementKind>(kind: K): ViewClass<K> {
  const made = classes.get(kind);
  if (made !== undefined) return made as unknown as ViewClass<K>;
  const definition = definitions.get(kind);
  if (definition === undefined) throw new Error(`AppTest: no element kind ${JSON.stringify(kind)} in the registry`);
  const name = `${kind[0]!.toUpperCase()}${kind.slice(1)}View`;
  const View = { [name]: class extends ElementView {} }[name]!;
  const taken = (member: string) => member in View.prototype;
  const entries = (definition.node as unknown as { entries: Record<string, { type: string; wrapped?: { type: string; literal?: unknown } }> }).entries;
  for (const [field, schema] of Object.entries(entries)) {
    if (field === "kind" || field === "value") continue;
    if (taken(field)) throw new Error(`AppTest: the ${kind} node's field ${field} would hide the views' own member of that name`);
    const flag = schema.type === "optional" && schema.wrapped?.type === "literal" && schema.wrapped.literal === true;
    Object.defineProperty(View.prototype, field, {
      enumerable: true,
      get(this: ElementView) {
        const value = (this.node as unknown as Record<string, unknown>)[field];
        return flag ? value === true : value;
      },
    });
  }
  const interactions = (definition.testing?.interactions ?? {}) as Record<string, (node: ElementNode, ...args: unknown[]) => Interaction>;
  for (const [method, interaction] of Object.entries(interactions)) {
    if (taken(method)) throw new Error(`AppTest: the ${kind} interaction ${method} would hide the views' own member (or field) of that name`);
    Object.defineProperty(View.prototype, method, {
      value(this: ElementView, ...args: unknown[]) {
        return (this as unknown as { interact(i: Interaction): unknown }).interact(interaction(this.node, ...args));
      },
    });
  }
  classes.set(kind, View as unknown as ViewClass<ElementKind>);
  return View as unknown as ViewClass<K>;
}

export function viewOf(node: ElementNode, harness: Harness, formId: string | null = null): AnyView {
  const View = viewClass(node.kind) as unknown as new (node: ElementNode, harness: Harness, formId: string | null) => AnyView;
  return new View(node, harness, formId);
}

/** A list AppTest and every block view have (`at.error`, `at.expander`): what it holds and which of its nodes. */
export type ListDefinition =
  | { name: string; kind: ElementKind; holds: (node: ElementNode) => boolean }
  | { name: string; block: RegistryBlockKind; holds: (node: BlockNode) => boolean };

export const LISTS: readonly ListDefinition[] = [
  ...[...definitions.values()].flatMap((definition): ListDefinition[] => {
    const kind = definition.kind as ElementKind;
    const lists = definition.testing?.lists as Record<string, (node: ElementNode) => boolean> | undefined;
    return lists ? Object.entries(lists).map(([name, holds]) => ({ name, kind, holds })) : [{ name: kind, kind, holds: () => true }];
  }),
  ...BLOCKS.flatMap((definition): ListDefinition[] => {
    const block = definition.block as RegistryBlockKind;
    const lists = (definition as BlockDefinition).testing?.lists as Record<string, (node: BlockNode) => boolean> | undefined;
    return lists ? Object.entries(lists).map(([name, holds]) => ({ name, block, holds })) : [{ name: block, block, holds: () => true }];
  }),
];

/** The views a list gives, from anything that finds elements and blocks (AppTest, a block view). */
export function listViews(list: ListDefinition, from: { get(kind: ElementKind): unknown; blocks(block: BlockNode["block"]): unknown }): unknown[] {
  if ("kind" in list) return (from.get(list.kind) as AnyView[]).filter((view) => list.holds(view.node));
  return (from.blocks(list.block) as AnyBlockView[]).filter((view) => list.holds(view.node));
}

/** The form a block's children are in: the block itself when it is a form, else the block's own. */
function formInside(block: BlockNode, outer: string | null): string | null {
  return block.block === "form" ? block.formId : outer;
}

/**
 * A block of the page: its children in order, its elements of one kind and its blocks of one
 * name at any depth, and the lists AppTest has (`at.tabs[1].text`: the text elements in the
 * second tab).
 */
export class BlockView<N extends BlockNode = BlockNode> {
  constructor(
    readonly node: N,
    protected readonly harness: Harness,
    /** The key of the form this block is in, or null (a form block is in itself). */
    readonly formId: string | null = formInside(node, null),
  ) {}

  get block(): N["block"] {
    return this.node.block;
  }

  get children(): (AnyBlockView | AnyView)[] {
    return this.node.children.map((child) =>
      child.kind === "block" ? blockViewOf(child, this.harness, formInside(child, this.formId)) : viewOf(child, this.harness, this.formId),
    );
  }

  /** Every element of `kind` inside this block, in page order. */
  get<K extends ElementKind>(kind: K): ViewOf<K>[] {
    const found: AnyView[] = [];
    this.visit((node, formId) => {
      if (node.kind === kind) found.push(viewOf(node, this.harness, formId));
    });
    return found as ViewOf<K>[];
  }

  /** Every block named `block` inside this block (not itself), in page order. */
  blocks<B extends BlockNode["block"]>(block: B): BlockViewOf<B>[] {
    const found: AnyBlockView[] = [];
    this.visit((node, formId) => {
      if (node.kind === "block" && node !== this.node && node.block === block) found.push(blockViewOf(node, this.harness, formId));
    });
    return found as unknown as BlockViewOf<B>[];
  }

  /** Calls `each` on every node inside, in page order, with the form it is in; skips what the page hides. */
  private visit(each: (node: TreeNode, formId: string | null) => void): void {
    const walk = (node: TreeNode, formId: string | null) => {
      if (node.kind === "block") {
        if (node !== this.node && this.harness.hides?.(node)) return;
        each(node, formId);
        node.children.forEach((child) => walk(child, formInside(node, formId)));
      } else each(node, formId);
    };
    walk(this.node, this.formId);
  }
}

/** A block's fields as its view shows them (`at.expander[0].label`). */
type BlockFieldsOf<N> = { readonly [P in Exclude<keyof N, "kind" | "block" | "children">]-?: FieldOf<N[P]> };

/** The view of a block named `B`: its fields, and the lists (those its fields do not hide). */
export type BlockViewOf<B extends BlockNode["block"]> = BlockView<Extract<BlockNode, { block: B }>> &
  Omit<Lists, keyof BlockFieldsOf<Extract<BlockNode, { block: B }>>> &
  BlockFieldsOf<Extract<BlockNode, { block: B }>>;

/** Any block's view: narrowed by its `block`. */
export type AnyBlockView = { [B in BlockNode["block"]]: BlockViewOf<B> }[BlockNode["block"]];

/** The class of the views of one block (`at.expander[0] instanceof ExpanderView`), exported by lists.generated.ts. */
export type BlockViewClass<B extends BlockNode["block"]> = new (node: Extract<BlockNode, { block: B }>, harness: Harness, formId?: string | null) => BlockViewOf<B>;

const blockSchemas: Record<string, { entries: Record<string, { type: string; wrapped?: { type: string; literal?: unknown } }> }> = {
  ...BLOCK_SCHEMAS,
  ...REGISTRY_BLOCK_SCHEMAS,
} as never;
const blockClasses = new Map<string, BlockViewClass<BlockNode["block"]>>();

/** The class of `block`'s views, made once from its schema: a getter for each of its fields (a flag left out reads false). */
export function blockViewClass<B extends BlockNode["block"]>(block: B): BlockViewClass<B> {
  const made = blockClasses.get(block);
  if (made !== undefined) return made as unknown as BlockViewClass<B>;
  const schema = blockSchemas[block];
  if (schema === undefined) throw new Error(`AppTest: no block ${JSON.stringify(block)}`);
  const name = `${block[0]!.toUpperCase()}${block.slice(1)}View`;
  const View = { [name]: class extends BlockView {} }[name]!;
  for (const [field, entry] of Object.entries(schema.entries)) {
    if (field === "kind" || field === "block") continue;
    if (field in BlockView.prototype && !LISTS.some((list) => list.name === field)) {
      throw new Error(`AppTest: the ${block} block's field ${field} would hide the block views' own member of that name`);
    }
    const flag = entry.type === "optional" && entry.wrapped?.type === "literal" && entry.wrapped.literal === true;
    Object.defineProperty(View.prototype, field, {
      enumerable: true,
      get(this: BlockView) {
        const value = (this.node as unknown as Record<string, unknown>)[field];
        return flag ? value === true : value;
      },
    });
  }
  blockClasses.set(block, View as unknown as BlockViewClass<BlockNode["block"]>);
  return View as unknown as BlockViewClass<B>;
}

export function blockViewOf(node: BlockNode, harness: Harness, formId: string | null = formInside(node, null)): AnyBlockView {
  const View = blockViewClass(node.block) as unknown as new (node: BlockNode, harness: Harness, formId: string | null) => AnyBlockView;
  return new View(node, harness, formId);
}

// Every block view has the lists (the block's own fields hide those of their names).
for (const list of LISTS) {
  if (list.name in BlockView.prototype) throw new Error(`AppTest: the list ${list.name} would hide the block views' own member of that name`);
  Object.defineProperty(BlockView.prototype, list.name, {
    get(this: BlockView) {
      return listViews(list, this);
    },
    configurable: true,
  });
}
