import type { NodePath } from "./protocol.ts";

/** Root 0 is the main area, root 1 the sidebar (protocol.ts's ROOT_MAIN / ROOT_SIDEBAR). */
export const ROOT_MAIN = 0;
export const ROOT_SIDEBAR = 1;

/** A path as a record key: `[0, 2, 1]` → `"0.2.1"`. */
export function pathKey(path: NodePath): string {
  return path.join(".");
}

/** Whether `path` is `prefix` or lies under it. `[]` is the prefix of every path. */
export function startsWith(path: NodePath, prefix: NodePath): boolean {
  if (prefix.length > path.length) return false;
  return prefix.every((index, i) => path[i] === index);
}
