// The media files a session's nodes name (`{ $media: id }`: wire/mediaRef.ts). Its host serves
// them over HTTP (MediaHost): each is handed to it once, just before the patch that first names
// it, and released when a run has ended and no node names it any longer, so memory stays
// bounded over thousands of reruns.

import { collectMediaRefs, type MediaRef } from "../wire/mediaRef.ts";
import type { Json } from "../wire/protocol.ts";
import { contentHash } from "./contentHash.ts";

/** What serves a session's media (the server's `_rivulet/media/` endpoint, AppTest's page). */
export interface MediaHost {
  put(id: string, mime: string, bytes: Uint8Array): void;
  release(ids: string[]): void;
}

export class MediaStore {
  /** What the host has been handed, by id. */
  readonly #held = new Set<string>();
  #pending = new Map<string, { mime: string; bytes: Uint8Array }>();

  constructor(private readonly host: MediaHost | undefined) {}

  /** Keeps `bytes` (of type `mime`, its file named with `extension`) for the page; returns the reference a node holds. */
  put(api: string, bytes: Uint8Array, mime: string, extension: string): MediaRef {
    if (this.host === undefined) throw new Error(`st.${api}: this host serves no media files (give a URL instead)`);
    const id = `${contentHash(bytes)}.${extension}`;
    if (!this.#held.has(id)) this.#pending.set(id, { mime, bytes });
    return { $media: id };
  }

  get size(): number {
    return this.#held.size;
  }

  /** Hands the host what was written since the last flush: before the patch that names it. */
  flush(): void {
    if (this.#pending.size === 0) return;
    const pending = this.#pending;
    this.#pending = new Map();
    for (const [id, { mime, bytes }] of pending) {
      this.#held.add(id);
      this.host!.put(id, mime, bytes);
    }
  }

  /** Releases what no node of `tree` names (after a run whose writes have all gone to the page). */
  release(tree: Json[]): void {
    if (this.#held.size === 0) return;
    const named = new Set<string>();
    collectMediaRefs(tree, named);
    const dropped = [...this.#held].filter((id) => !named.has(id));
    for (const id of dropped) this.#held.delete(id);
    if (dropped.length > 0) this.host!.release(dropped);
  }
}
