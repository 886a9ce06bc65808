// The data a session's nodes name (`{ $data: id }`: wire/dataRef.ts) and which of it its page
// has. Data goes to the page once, in a binary frame just before the patch that first names it
// (Outbox's `beforeFlush`); when a run has ended and no node of the tree names it any longer,
// the session forgets it and tells the page to drop it, so memory stays bounded over reruns.

import { encodeDataFrame } from "../wire/binaryFrame.ts";
import { collectDataRefs, type DataRef } from "../wire/dataRef.ts";
import type { Json } from "../wire/protocol.ts";
import { contentHash } from "./contentHash.ts";

export class DataStore {
  /** Frames by data id, ready to send. */
  readonly #frames = new Map<string, Uint8Array>();
  /** The ids the page has been sent (since it last came back: `resend`). */
  readonly #sent = new Set<string>();
  /** Ids written since the last flush that the page has not been sent. */
  #pending: string[] = [];
  /** What each table holds: its columns and their Arrow types (for addRows, which must match them). */
  readonly #shapes = new Map<string, { columns: string[]; types: string[] }>();

  constructor(private readonly sendFrame: (frame: Uint8Array) => void) {}

  /** Keeps `bytes` for the page, and returns the reference a node holds. */
  put(bytes: Uint8Array, shape?: { columns: string[]; types: string[] }): DataRef {
    const id = contentHash(bytes);
    if (!this.#frames.has(id)) this.#frames.set(id, encodeDataFrame(id, bytes));
    if (shape !== undefined) this.#shapes.set(id, shape);
    if (!this.#sent.has(id) && !this.#pending.includes(id)) this.#pending.push(id);
    return { $data: id };
  }

  /** Whether it keeps the data `id`. */
  has(id: string): boolean {
    return this.#frames.has(id);
  }

  /** The columns and types of the table `id`, when it was put with them. */
  shapeOf(id: string): { columns: string[]; types: string[] } | undefined {
    return this.#shapes.get(id);
  }

  get size(): number {
    return this.#frames.size;
  }

  /** Sends what was written since the last flush and the page lacks: before the patch that names it. */
  flush(): void {
    const pending = this.#pending;
    this.#pending = [];
    for (const id of pending) {
      const frame = this.#frames.get(id);
      if (frame === undefined || this.#sent.has(id)) continue;
      this.#sent.add(id);
      this.sendFrame(frame);
    }
  }

  /** The page came back with nothing it had: everything kept is sent again, before the whole page. */
  resend(): void {
    this.#sent.clear();
    this.#pending = [...this.#frames.keys()];
    this.flush();
  }

  /**
   * Forgets what no node of `tree` names (after a run whose writes have all gone to the page), and
   * returns the ids the page had, for it to drop.
   */
  release(tree: Json[]): string[] {
    if (this.#frames.size === 0) return [];
    const named = new Set<string>();
    collectDataRefs(tree, named);
    const dropped: string[] = [];
    for (const id of this.#frames.keys()) {
      if (named.has(id) || this.#pending.includes(id)) continue;
      this.#frames.delete(id);
      this.#shapes.delete(id);
      if (this.#sent.delete(id)) dropped.push(id);
    }
    return dropped;
  }
}
