// st.cacheData's `persist: "disk"`: each entry in a file of its own, `<dir>/<function id>/<hash
// of its key>.entry`, as V8 serializes it (the structured clone a thread sent, so what comes
// back is what was kept). Read when the memory has no entry (after a restart); an expired or
// unreadable file is deleted. Streamlit keeps `.streamlit/cache/*.memo` files the same way.
// The disk is a second place, never the only one: a folder that cannot be read or written (a
// read-only container, a full disk) is logged once per kind of failure, and the entries stay in
// memory; nothing a file does reaches the threads waiting for an answer.

import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync, renameSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import type { SharedEntry } from "@rivulet/runtime";

export class DiskEntries {
  readonly #logged = new Set<string>();

  constructor(
    private readonly dir: string,
    private readonly log: (text: string) => void,
  ) {}

  read(fn: string, key: string): SharedEntry | undefined {
    const file = this.file(fn, key);
    let entry: SharedEntry;
    try {
      entry = deserialize(readFileSync(file)) as SharedEntry;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // Missing: nothing kept. A file that does not deserialize (cut short): dropped.
      if (code === undefined) this.attempt("drop an unreadable entry", () => rmSync(file, { force: true }));
      else if (code !== "ENOENT") this.failed("read", error);
      return undefined;
    }
    if (entry.expires <= Date.now()) {
      this.attempt("drop an expired entry", () => rmSync(file, { force: true }));
      return undefined;
    }
    return entry;
  }

  write(fn: string, key: string, entry: SharedEntry): void {
    const file = this.file(fn, key);
    this.attempt("write", () => {
      mkdirSync(path.dirname(file), { recursive: true });
      // Whole or not at all: a crash mid-write leaves the old file, not half of one.
      const partial = `${file}.${process.pid}.partial`;
      writeFileSync(partial, serialize(entry));
      renameSync(partial, file);
    });
  }

  delete(fn: string | null, key: string | null): void {
    const target = fn === null ? this.dir : key === null ? path.join(this.dir, fn) : this.file(fn, key);
    this.attempt("clear", () => rmSync(target, { recursive: true, force: true }));
  }

  private attempt(what: string, work: () => void): void {
    try {
      work();
    } catch (error) {
      this.failed(what, error);
    }
  }

  private failed(what: string, error: unknown): void {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    if (this.#logged.has(`${what}:${code}`)) return;
    this.#logged.add(`${what}:${code}`);
    this.log(`[rivulet] st.cacheData could not ${what} in ${this.dir} (${(error as Error).message}): its entries stay in memory only.`);
  }

  private file(fn: string, key: string): string {
    return path.join(this.dir, fn, `${createHash("sha256").update(key).digest("hex").slice(0, 40)}.entry`);
  }
}
