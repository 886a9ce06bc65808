import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

/** A throwaway Vite project: `app.ts` holds `script`; no index.html, so it builds as a Rivulet-only app. */
export async function makeProject(script: string): Promise<{ root: string; remove: () => Promise<void> }> {
  const root = await mkdtemp(path.join(tmpdir(), "rivulet-build-"));
  await writeFile(path.join(root, "app.ts"), script);
  return { root, remove: () => rm(root, { recursive: true, force: true }) };
}
