// How a node names data sent in a binary frame (binaryFrame.ts): a field `{ $data: id }`,
// anywhere in the node. The session keeps the data while a node of its tree names it, and the
// page drops what the session says it released.

import * as v from "valibot";
import type { Json } from "./protocol.ts";
import { collectRefs } from "./refs.ts";
import type { Table } from "apache-arrow";

export const dataRef = v.object({ $data: v.pipe(v.string(), v.minLength(1)) });
export type DataRef = v.InferOutput<typeof dataRef>;

/** The data a node names, as the page got it, decoded (AppTest's views read it). */
export type DataReader = (ref: DataRef) => Table;

/** Adds to `into` the ids of the data that `value` (a node, a tree) names. */
export function collectDataRefs(value: Json | undefined, into: Set<string>): void {
  collectRefs(value, "$data", into);
}
