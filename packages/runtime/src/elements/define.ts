// What an element's definition holds (one file per element in this folder, listed in
// registry.ts): its kind, the schema of its node on the wire (valibot: the page checks what it
// receives against it, and the wire types are inferred from it), the st functions that write
// it, whether it is a widget and how its value behaves, and how the README documents it.
// Everything else that knows about elements is derived from the registry: the `Container`
// methods, the `st` exports, the page's validation, the session's check of widget values.

import type * as v from "valibot";
import type { Json } from "../wire/protocol.ts";
import type { DataReader } from "../wire/dataRef.ts";
import type { Placement, WidgetModel } from "../api/widgets/widget.ts";

/**
 * The st functions of a definition, by name. Each is a plain function whose `this` is the
 * container it was called on (`col.text("…")`), or anything else for the current one
 * (`st.text("…")`): one function serves as both, so its type (generics included) is exact in both.
 */
export type ApiMap = Record<string, unknown>;

/** The README's sections of the API table, in order. */
export const SECTIONS = ["Text", "Data", "Media", "Status", "Widgets", "Layout", "Chat", "App"] as const;
export type Section = (typeof SECTIONS)[number];

/** One row of the README's API table. */
export interface ApiDocs {
  /** The calls as the README shows them: `st.title(body, { anchor, help })`. */
  calls: string[];
  /** Streamlit's names for them, or "same" when they are the Rivulet names. */
  streamlit: string[] | "same";
  notes?: string;
  /**
   * A short script using them, as the README shows it (without the import). A test runs every
   * example: it must run without an exception.
   */
  example: string;
  /** The element is gone once the example has run (a spinner): the test checks only that it runs. */
  transient?: true;
}

/**
 * An element: the file `elements/<kind>.ts` exports it as its default, its node schema as
 * `node` (what the page imports: schemas.generated.ts), and each st function under its own name.
 */
/** What an element's node is, structurally: a kind and JSON fields (protocol.ts's ElementNode is the registry's union of them). */
export interface NodeShape {
  kind: string;
  [field: string]: Json | undefined;
}

/**
 * What an interaction of AppTest's does (`at.button[0].click()`): a click, a value to set as the
 * page sends it, or one as the script sees it (`set`: an option itself, which the widget turns
 * into what its page would send).
 */
export const CLICK = { click: true } as const;
/** (`trigger`: a click that carries a value, as a chat input's submit carries its text.) */
export type Interaction =
  | typeof CLICK
  | { value: Json }
  | { set: unknown }
  | { update: (current: unknown) => unknown }
  | { trigger: Json }
  /** Files uploaded as the page uploads them (to the session, then named in the value): st.fileUploader's. */
  | { upload: { name: string; type?: string; bytes: Uint8Array | string }[] };

/** How AppTest (rivulet/testing) shows the element: its lists and views are derived from this. */
export interface TestingDefinition<N extends NodeShape = NodeShape> {
  /**
   * The lists `at.<name>` the element is in, Streamlit's AppTest names camelCased, each with
   * which of the kind's nodes it holds. One list named by the kind, with all of them, when absent.
   */
  lists?: Record<string, (node: N) => boolean>;
  /**
   * What a widget's view can do, by method name: from the node and the method's arguments, a
   * click or the value to set (`check: () => ({ value: true })`). Each returns the view, so
   * `.run()` follows.
   */
  // `node: never`: an interaction may type its node exactly (`(node: v.InferOutput<typeof node>) => …`).
  interactions?: Record<string, (node: never, ...args: never[]) => Interaction>;
  /** A view's `value`, when it is not the widget's value or the node's `body` (an exception's message). */
  // A method, so that a definition may type its node exactly (parameters of methods are bivariant).
  /** `data` reads what the node names in binary frames (`{ $data: id }`: a dataframe's Arrow IPC). */
  value?(node: N, data: DataReader): unknown;
}

export interface ElementDefinition<K extends string = string, N extends NodeShape = NodeShape, A extends ApiMap = ApiMap> {
  kind: K;
  node: v.GenericSchema<unknown, N>;
  api: A;
  widget?: WidgetModel;
  /** Where each of its st functions may be written, by name, when not "anywhere" (a widget's; `widget()` and the compiler check it). */
  placement?: Readonly<Record<string, Placement>>;
  testing?: TestingDefinition<N>;
  /**
   * Its st functions take data (a table, rows, a chart's): the modules that call them need the
   * data support (../data.ts, Apache Arrow), which the compiler imports into them.
   */
  writesData?: true;
  section: Section;
  docs: ApiDocs[];
}

/** St functions that write no element of their own (`st.write`, `st.rerun`, the blocks' functions). */
export interface ApiDefinition<A extends ApiMap = ApiMap, C extends boolean = boolean> {
  api: A;
  /** Whether they are methods of every container too (`col.write(...)`), or only of `st`. */
  containerMethods: C;
  /**
   * The functions that return containers, by name: one (`st.container()`), or an array of them
   * (`st.columns(2)`). The compiler follows what they return: calls on it are st calls.
   */
  containers?: Readonly<Record<string, "one" | "array">>;
  /**
   * Its st functions take data (a table, rows, a chart's): the modules that call them need the
   * data support (../data.ts, Apache Arrow), which the compiler imports into them.
   */
  writesData?: true;
  section: Section;
  docs: ApiDocs[];
}

/** What a block's node is, structurally (its children are not in its schema: they are checked one by one). */
export interface BlockShape {
  kind: "block";
  block: string;
  [field: string]: Json | undefined;
}

/** How AppTest shows a block: its lists (`at.expander`) and views are derived from this. */
export interface BlockTestingDefinition<N extends BlockShape = BlockShape> {
  /** The lists `at.<name>` the block is in, with which of its nodes; one named by the block when absent. */
  lists?: Record<string, (node: N) => boolean>;
}

/**
 * A block of the registry (an expander, tabs): the file `elements/<block>.ts` exports it as its
 * default and its schema as `node`. Its st functions return containers (`containers`); the page
 * draws it with `blocks/<Block>.svelte`.
 */
export interface BlockDefinition<B extends string = string, N extends BlockShape = BlockShape, A extends ApiMap = ApiMap> {
  block: B;
  node: v.GenericSchema<unknown, N>;
  api: A;
  /** The st functions that return containers of it: one, or an array (`st.tabs`). */
  containers?: Readonly<Record<string, "one" | "array">>;
  testing?: BlockTestingDefinition<N>;
  section: Section;
  docs: ApiDocs[];
}

// Pure: a page that imports an element's `node` must not keep its st functions.
/* @__NO_SIDE_EFFECTS__ */
export function defineElement<const D extends ElementDefinition>(definition: D): D {
  return definition;
}

/* @__NO_SIDE_EFFECTS__ */
export function defineApi<A extends ApiMap, const C extends boolean>(definition: ApiDefinition<A, C>): ApiDefinition<A, C> {
  return definition;
}

/* @__NO_SIDE_EFFECTS__ */
export function defineBlock<const D extends BlockDefinition>(definition: D): D {
  return definition;
}
