import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { UsageError } from "./usage-error.ts";

/** The absolute path of the one script a command takes (`rivulet run app.ts`, `rivulet build app.ts`). */
export function scriptArg(command: string, positionals: string[]): string {
  const [app, ...extra] = positionals;
  if (!app || extra.length > 0) throw new UsageError(`${command} needs exactly one script`);
  const file = path.resolve(app);
  if (!existsSync(file)) throw new UsageError(`no such file: ${app}`);
  return file;
}

/** The app's folder is the user's: Vite's cache for it goes under the OS temp dir. */
export function viteCacheDir(root: string): string {
  return path.join(tmpdir(), "rivulet-vite", createHash("sha256").update(root).digest("hex").slice(0, 16));
}
