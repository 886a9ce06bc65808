// The media files a session's nodes name (`{ $media: id }`: wire/mediaRef.ts). Its host serves
// them over HTTP (MediaHost): each is handed to it once, just before the patch that first names
// it, and released once two runs in a row have ended with no node naming it, so memory stays
// bounded over thousands of reruns. (One run of grace: a click that downloads a file and reruns
// the app fetches the file while that run replaces it; released at once, the fetch would fail.)
//
// A Blob's bytes come only asynchronously, and an st call returns at once: its file gets an id of
// its own (not a hash of bytes not read yet), the host is told to expect it before the patch
// that names it goes (requests for it wait), and the bytes follow when they are read.

import { collectMediaRefs, type MediaRef } from "../wire/mediaRef.ts";
import type { Json } from "../wire/protocol.ts";
import { contentHash } from "./contentHash.ts";

/** What serves a session's media (the server's `_rivulet/media/` endpoint, AppTest's page). */
export interface MediaHost {
  put(id: string, mime: string, bytes: Uint8Array): void;
  release(ids: string[]): void;
  /** A file whose bytes are on their way (a Blob being read): a request for it waits for its `put`. */
  expect(id: string): void;
}

/** A Blob, as the runtime reads it (the host's own class: the runtime's core names no DOM type). */
export interface BlobLike {
  readonly size: number;
  readonly type: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export class MediaStore {
  /** What the host has been handed, by id. */
  readonly #held = new Set<string>();
  #pending = new Map<string, { mime: string; bytes: Uint8Array }>();
  /** Blobs being read, by their file's id; `announced`: the host expects them. */
  readonly #reading = new Map<string, { announced: boolean }>();
  /** The file of each Blob written, so that a Blob written again by a rerun is the same file. */
  readonly #blobs = new WeakMap<object, string>();
  readonly #reads = new Set<Promise<void>>();
  /** Held files the last run's tree did not name: released if the next one does not either. */
  readonly #unnamed = new Set<string>();

  constructor(private readonly host: MediaHost | undefined) {}

  /** Keeps `bytes` (of type `mime`, its file named with `extension`) for the page; returns the reference a node holds. */
  put(api: string, bytes: Uint8Array, mime: string, extension: string): MediaRef {
    this.#hosted(api);
    const id = `${contentHash(bytes)}.${extension}`;
    if (!this.#held.has(id)) this.#pending.set(id, { mime, bytes });
    return { $media: id };
  }

  /** Keeps a Blob's bytes for the page, once read; returns the reference a node holds now. */
  putBlob(api: string, blob: BlobLike, mime: string, extension: string): MediaRef {
    this.#hosted(api);
    const known = this.#blobs.get(blob);
    if (known !== undefined && (this.#held.has(known) || this.#pending.has(known) || this.#reading.has(known))) return { $media: known };
    const id = `${randomName()}-${blob.size.toString(36)}.${extension}`;
    this.#blobs.set(blob, id);
    this.#reading.set(id, { announced: false });
    const read: Promise<void> = blob.arrayBuffer().then(
      (buffer) => this.#arrived(id, mime, new Uint8Array(buffer)),
      // It cannot be read (a File whose disk file went): the page's request for it is answered 404.
      () => this.#dropReading(id),
    );
    this.#reads.add(read);
    void read.finally(() => this.#reads.delete(read));
    return { $media: id };
  }

  /** When every Blob written so far has been read (AppTest waits for it after a run). */
  async settled(): Promise<void> {
    while (this.#reads.size > 0) await Promise.all([...this.#reads]);
  }

  get size(): number {
    return this.#held.size + this.#reading.size;
  }

  /** Hands the host what was written since the last flush, and announces Blobs being read: before the patch that names them. */
  flush(): void {
    for (const [id, reading] of this.#reading) {
      if (reading.announced) continue;
      reading.announced = true;
      this.host!.expect(id);
    }
    if (this.#pending.size === 0) return;
    const pending = this.#pending;
    this.#pending = new Map();
    for (const [id, { mime, bytes }] of pending) {
      this.#held.add(id);
      this.host!.put(id, mime, bytes);
    }
  }

  /** The files kept for one more run though no node names them (AppTest counts them in). */
  get lingering(): ReadonlySet<string> {
    return this.#unnamed;
  }

  /**
   * After a run whose writes have all gone to the page: releases what no node of `tree` names
   * and the run before did not name either; what only this run does not name waits one run.
   */
  release(tree: Json[]): void {
    if (this.size === 0) return;
    const named = new Set<string>();
    collectMediaRefs(tree, named);
    const dropped: string[] = [];
    for (const id of this.#held) {
      if (named.has(id)) this.#unnamed.delete(id);
      else if (this.#unnamed.has(id)) dropped.push(id);
      else this.#unnamed.add(id);
    }
    for (const id of dropped) {
      this.#held.delete(id);
      this.#unnamed.delete(id);
    }
    for (const [id, reading] of [...this.#reading]) {
      if (named.has(id)) continue;
      this.#reading.delete(id);
      if (reading.announced) dropped.push(id);
    }
    if (dropped.length > 0) this.host!.release(dropped);
  }

  #hosted(api: string): void {
    if (this.host === undefined) throw new Error(`st.${api}: this host serves no media files (give a URL instead)`);
  }

  #arrived(id: string, mime: string, bytes: Uint8Array): void {
    const reading = this.#reading.get(id);
    // Released before its bytes came: nothing names it any longer.
    if (reading === undefined) return;
    this.#reading.delete(id);
    if (!reading.announced) return void this.#pending.set(id, { mime, bytes });
    this.#held.add(id);
    this.host!.put(id, mime, bytes);
  }

  #dropReading(id: string): void {
    const reading = this.#reading.get(id);
    this.#reading.delete(id);
    if (reading?.announced) this.host!.release([id]);
  }
}

/** A name no other file has (Blob files are not named by their bytes, which are not read yet). */
function randomName(): string {
  const bytes = new Uint8Array(10);
  (globalThis as unknown as { crypto: { getRandomValues(array: Uint8Array): Uint8Array } }).crypto.getRandomValues(bytes);
  return `b${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}
