import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

/** A fresh folder under the OS temp dir; `remove` deletes it and everything in it. */
export async function makeTempDir(prefix: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), `rivulet-${prefix}-`));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
