// The files a session's page uploaded (over HTTP, to its host, which hands them to the session
// before the `setValue` that names them: server/media/uploadRequest.ts). A file uploader's value
// names them by id; a file no uploader holds any longer is forgotten after the run, so memory
// follows what the page shows.

export interface UploadedBytes {
  id: string;
  name: string;
  type: string;
  bytes: Uint8Array;
}

export class UploadStore {
  readonly #files = new Map<string, UploadedBytes>();
  /** Which uploader holds each file (by widget id), as its last run wrote it. */
  readonly #holders = new Map<string, string>();

  add(file: UploadedBytes): void {
    this.#files.set(file.id, file);
  }

  get(id: string): UploadedBytes | undefined {
    return this.#files.get(id);
  }

  /** The uploader `widget` shows these files now (and no others of its own). */
  hold(widget: string, ids: readonly string[]): void {
    for (const [file, holder] of this.#holders) if (holder === widget && !ids.includes(file)) this.#holders.delete(file);
    for (const id of ids) this.#holders.set(id, widget);
  }

  /**
   * After a run: forgets the files whose uploader let them go, or is gone (`exists`). A file no
   * uploader has held yet (its `setValue` is on its way) stays until one does.
   */
  release(exists: (widget: string) => boolean): void {
    for (const [file, holder] of this.#holders) if (!exists(holder)) this.#holders.delete(file);
    for (const id of [...this.#files.keys()]) {
      if (this.#holders.has(id)) this.#claimed.add(id);
      else if (this.#claimed.has(id)) {
        this.#files.delete(id);
        this.#claimed.delete(id);
      }
    }
  }

  /** Files an uploader has held: once it lets them go, they go. */
  readonly #claimed = new Set<string>();

  get bytes(): number {
    let total = 0;
    for (const file of this.#files.values()) total += file.bytes.byteLength;
    return total;
  }
}
