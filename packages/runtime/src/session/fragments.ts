// Fragments a session can rerun on their own: the closure the full run created (it holds the
// scope it captured), the arguments it was called with, and the block it renders into.

import { isAttached, type LiveBlock } from "../tree/live.ts";

export interface FragmentInstance {
  readonly id: string;
  readonly fn: (...args: unknown[]) => unknown;
  readonly args: readonly unknown[];
  readonly block: LiveBlock;
  /** Seconds between automatic reruns, when `runEvery` was given. */
  readonly runEvery: number | null;
  /** The full run that created it. */
  readonly createdBy: number;
}

export class FragmentRegistry {
  private readonly byId = new Map<string, FragmentInstance>();

  get(id: string): FragmentInstance | undefined {
    return this.byId.get(id);
  }

  add(fragment: FragmentInstance): void {
    this.byId.set(fragment.id, fragment);
  }

  values(): IterableIterator<FragmentInstance> {
    return this.byId.values();
  }

  delete(id: string): void {
    this.byId.delete(id);
  }

  /** Forgets the fragments whose blocks are no longer in the tree. */
  dropDetached(): void {
    for (const [id, fragment] of this.byId) if (!isAttached(fragment.block)) this.byId.delete(id);
  }

  /** After a full run completes: forget the fragments it did not call. */
  keepOnlyFrom(execId: number): void {
    for (const [id, fragment] of this.byId) if (fragment.createdBy !== execId) this.byId.delete(id);
  }
}
