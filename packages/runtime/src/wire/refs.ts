// Nodes name bytes that travel apart from their JSON by a field of one key: `{ $data: id }` (a
// binary frame: dataRef.ts) or `{ $media: id }` (a file served over HTTP: mediaRef.ts). Both
// stores release what no node of the tree names any longer, found here.

import type { Json } from "./protocol.ts";

/** Adds to `into` the ids that `value` (a node, a tree) names under `key`, at any depth. */
export function collectRefs(value: Json | undefined, key: "$data" | "$media", into: Set<string>): void {
  if (value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const item of value) if (item !== null && typeof item === "object") collectRefs(item, key, into);
    return;
  }
  const id = value[key];
  if (typeof id === "string") into.add(id);
  for (const field in value) {
    const child = value[field];
    if (child !== null && typeof child === "object") collectRefs(child, key, into);
  }
}
