// The media files of every session of a server, by id (a content hash and an extension), with
// the sessions that hold each: a file two sessions show is kept once, and goes when the last of
// them releases it or ends. What `_rivulet/media/<id>` serves (mediaRequest.ts).

export interface MediaFile {
  mime: string;
  bytes: Uint8Array;
}

export class MediaFiles {
  readonly #files = new Map<string, MediaFile & { owners: Set<number> }>();
  readonly #byOwner = new Map<number, Set<string>>();

  put(owner: number, id: string, mime: string, bytes: Uint8Array): void {
    let file = this.#files.get(id);
    if (file === undefined) this.#files.set(id, (file = { mime, bytes, owners: new Set() }));
    file.owners.add(owner);
    let owned = this.#byOwner.get(owner);
    if (owned === undefined) this.#byOwner.set(owner, (owned = new Set()));
    owned.add(id);
  }

  release(owner: number, ids: Iterable<string>): void {
    const owned = this.#byOwner.get(owner);
    for (const id of ids) {
      owned?.delete(id);
      const file = this.#files.get(id);
      if (file === undefined) continue;
      file.owners.delete(owner);
      if (file.owners.size === 0) this.#files.delete(id);
    }
    if (owned !== undefined && owned.size === 0) this.#byOwner.delete(owner);
  }

  /** The session ended: what it held goes (unless another session holds it too). */
  dropOwner(owner: number): void {
    const owned = this.#byOwner.get(owner);
    if (owned !== undefined) this.release(owner, [...owned]);
  }

  get(id: string): MediaFile | undefined {
    return this.#files.get(id);
  }

  /** How many files, and their bytes in all (for the log and the benchmarks). */
  get usage(): { files: number; bytes: number } {
    let bytes = 0;
    for (const file of this.#files.values()) bytes += file.bytes.byteLength;
    return { files: this.#files.size, bytes };
  }
}
