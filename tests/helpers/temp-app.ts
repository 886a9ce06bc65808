// Apps of several files written to a temporary folder, one folder per app, removed after the
// test file: `const apps = tempApps("modules"); const entry = apps.write({ "app.ts": ..., "lib/x.ts": ... })`.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll } from "vitest";

export function tempApps(prefix: string): { write(files: Record<string, string>, entry?: string): string } {
  const root = mkdtempSync(path.join(tmpdir(), `rivulet-${prefix}-`));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let apps = 0;
  return {
    /** Writes the files (paths relative to the app's folder); returns the entry's path. */
    write(files, entry = "app.ts") {
      const dir = path.join(root, `app${++apps}`);
      for (const [name, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        writeFileSync(path.join(dir, name), text);
      }
      return path.join(dir, entry);
    },
  };
}
