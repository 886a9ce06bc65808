import type { NodePath } from "../wire.ts";
import type { Page } from "../wire.ts";
import { pathKey, startsWith } from "../wire.ts";

/**
 * Whether the element at index `index` of the block at `parent` is stale: a run is running,
 * the element lies inside the run's scope, and the run has not yet rewritten it (its index is
 * at or past the parent block's fresh count). After a run nothing is stale.
 */
export function isStale(page: Pick<Page, "run" | "fresh">, parent: NodePath, index: number): boolean {
  if (page.run.status !== "running") return false;
  if (!startsWith(parent, page.run.scope)) return false;
  return index >= (page.fresh[pathKey(parent)] ?? 0);
}
