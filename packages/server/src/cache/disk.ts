// st.cacheData's `persist: "disk"`: each entry in a file of its own, `<dir>/<function id>/<hash
// of its key>.entry`, as V8 serializes it (the structured clone a thread sent, so what comes
// back is what was kept). Read when the memory has no entry (after a restart); an expired or
// unreadable file is deleted. Streamlit keeps `.streamlit/cache/*.memo` files the same way.

import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync, renameSync } from "node:fs";
import path from "node:path";
import { deserialize, serialize } from "node:v8";
import type { SharedEntry } from "@rivulet/runtime";

export class DiskEntries {
  constructor(private readonly dir: string) {}

  read(fn: string, key: string): SharedEntry | undefined {
    const file = this.file(fn, key);
    let entry: SharedEntry;
    try {
      entry = deserialize(readFileSync(file)) as SharedEntry;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") rmSync(file, { force: true });
      return undefined;
    }
    if (entry.expires <= Date.now()) {
      rmSync(file, { force: true });
      return undefined;
    }
    return entry;
  }

  write(fn: string, key: string, entry: SharedEntry): void {
    const file = this.file(fn, key);
    mkdirSync(path.dirname(file), { recursive: true });
    // Whole or not at all: a crash mid-write leaves the old file, not half of one.
    const partial = `${file}.${process.pid}.partial`;
    writeFileSync(partial, serialize(entry));
    renameSync(partial, file);
  }

  delete(fn: string | null, key: string | null): void {
    const target = fn === null ? this.dir : key === null ? path.join(this.dir, fn) : this.file(fn, key);
    rmSync(target, { recursive: true, force: true });
  }

  private file(fn: string, key: string): string {
    return path.join(this.dir, fn, `${createHash("sha256").update(key).digest("hex").slice(0, 40)}.entry`);
  }
}
