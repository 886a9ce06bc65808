// What an element's definition holds (one file per element in this folder, listed in
// registry.ts): its kind, the schema of its node on the wire (valibot: the page checks what it
// receives against it, and the wire types are inferred from it), the st functions that write
// it, whether it is a widget and how its value behaves, and how the README documents it.
// Everything else that knows about elements is derived from the registry: the `Container`
// methods, the `st` exports, the page's validation, the session's check of widget values.

import type * as v from "valibot";
import type { Json } from "../wire/protocol.ts";
import type { WidgetModel } from "../api/widgets/widget.ts";

/**
 * The st functions of a definition, by name. Each is a plain function whose `this` is the
 * container it was called on (`col.text("…")`), or anything else for the current one
 * (`st.text("…")`): one function serves as both, so its type (generics included) is exact in both.
 */
export type ApiMap = Record<string, unknown>;

/** The README's sections of the API table, in order. */
export const SECTIONS = ["Text", "Status", "Widgets", "Layout", "App"] as const;
export type Section = (typeof SECTIONS)[number];

/** One row of the README's API table. */
export interface ApiDocs {
  /** The calls as the README shows them: `st.title(body, { anchor, help })`. */
  calls: string[];
  /** Streamlit's names for them, or "same" when they are the Rivulet names. */
  streamlit: string[] | "same";
  notes?: string;
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

export interface ElementDefinition<K extends string = string, N extends NodeShape = NodeShape, A extends ApiMap = ApiMap> {
  kind: K;
  node: v.GenericSchema<unknown, N>;
  api: A;
  widget?: WidgetModel;
  section: Section;
  docs: ApiDocs[];
}

/** St functions that write no element of their own (`st.write`, `st.rerun`, the blocks' functions). */
export interface ApiDefinition<A extends ApiMap = ApiMap, C extends boolean = boolean> {
  api: A;
  /** Whether they are methods of every container too (`col.write(...)`), or only of `st`. */
  containerMethods: C;
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
