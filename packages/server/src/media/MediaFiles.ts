// The media files of every session of a server, by id (a content hash and an extension), with
// the sessions that hold each: a file two sessions show is kept once, and goes when the last of
// them releases it or ends. What `_rivulet/media/<id>` serves (mediaRequest.ts). A file can be
// expected before its bytes come (a Blob the session is still reading): a request for it waits.

export interface MediaFile {
  mime: string;
  bytes: Uint8Array;
}

export class MediaFiles {
  readonly #files = new Map<string, MediaFile & { owners: Set<number> }>();
  readonly #byOwner = new Map<number, Set<string>>();
  /** Files announced whose bytes have not come: who expects each, and the requests waiting for it. */
  readonly #expected = new Map<string, { owners: Set<number>; waiting: ((file: MediaFile | undefined) => void)[] }>();

  put(owner: number, id: string, mime: string, bytes: Uint8Array): void {
    let file = this.#files.get(id);
    if (file === undefined) this.#files.set(id, (file = { mime, bytes, owners: new Set() }));
    file.owners.add(owner);
    this.#own(owner, id);
    const expected = this.#expected.get(id);
    this.#expected.delete(id);
    for (const resolve of expected?.waiting ?? []) resolve(file);
  }

  /** A file whose bytes `owner` will put: until then, a request for it waits (`whenReady`). */
  expect(owner: number, id: string): void {
    if (this.#files.has(id)) return;
    let expected = this.#expected.get(id);
    if (expected === undefined) this.#expected.set(id, (expected = { owners: new Set(), waiting: [] }));
    expected.owners.add(owner);
    this.#own(owner, id);
  }

  /** The file, at once or once its bytes come; undefined when there is none, none comes in `timeoutMs`, or it is released first. */
  whenReady(id: string, timeoutMs: number): Promise<MediaFile | undefined> {
    const file = this.#files.get(id);
    const expected = this.#expected.get(id);
    if (file !== undefined || expected === undefined) return Promise.resolve(file);
    return new Promise((resolve) => {
      const done = (found: MediaFile | undefined) => {
        clearTimeout(timer);
        resolve(found);
      };
      const timer = setTimeout(() => {
        const list = this.#expected.get(id)?.waiting;
        if (list !== undefined) list.splice(list.indexOf(done), 1);
        resolve(undefined);
      }, timeoutMs);
      expected.waiting.push(done);
    });
  }

  #own(owner: number, id: string): void {
    let owned = this.#byOwner.get(owner);
    if (owned === undefined) this.#byOwner.set(owner, (owned = new Set()));
    owned.add(id);
  }

  release(owner: number, ids: Iterable<string>): void {
    const owned = this.#byOwner.get(owner);
    for (const id of ids) {
      owned?.delete(id);
      const expected = this.#expected.get(id);
      if (expected !== undefined) {
        expected.owners.delete(owner);
        if (expected.owners.size === 0) {
          this.#expected.delete(id);
          for (const resolve of expected.waiting) resolve(undefined);
        }
      }
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
