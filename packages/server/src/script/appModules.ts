// Which files are the app's own modules, and which file a relative import of one means: the
// same rules wherever the app's modules are compiled (Vite's plugin, the module hooks of
// AppTest and tools, `rivulet check`).

import { existsSync, statSync } from "node:fs";
import path from "node:path";

const TYPESCRIPT = /\.(?:[cm]?ts|tsx)$/;
const SCRIPT = /\.(?:[cm]?[jt]s|[jt]sx)$/;

/** A module of the app: JavaScript or TypeScript of its own, not a dependency's, not declarations. */
export function isAppModuleFile(file: string): boolean {
  const normal = file.replaceAll("\\", "/");
  return SCRIPT.test(normal) && !normal.endsWith(".d.ts") && !normal.includes("/node_modules/");
}

export function isTypeScriptFile(file: string): boolean {
  return TYPESCRIPT.test(file);
}

/** What TypeScript's resolution tries for an import whose file is not there as written. */
const GUESSES: Record<string, string[]> = {
  ".js": [".ts", ".tsx"],
  ".mjs": [".mts"],
  ".cjs": [".cts"],
  ".jsx": [".tsx"],
  "": [".ts", ".tsx", ".mts", ".js", ".mjs", "/index.ts", "/index.tsx", "/index.js"],
};

/**
 * The file `target` (an import's path, made absolute) means: itself when it is a file, else
 * the TypeScript file a `.js` import stands for, or the file an import without extension names
 * (`./util` → util.ts, util/index.ts). Null when there is none.
 */
export function appModuleFile(target: string): string | null {
  if (isFile(target)) return target;
  const extension = /\.(?:[cm]?js|jsx)$/.exec(target)?.[0] ?? (path.extname(target) === "" ? "" : null);
  if (extension === null) return null;
  const stem = target.slice(0, target.length - extension.length);
  for (const guess of GUESSES[extension] ?? []) if (isFile(stem + guess)) return stem + guess;
  return null;
}

/** The app module a relative import (`./x`, `../x`) of `importer` means; null for any other import or no file. */
export function resolveAppImport(specifier: string, importer: string): string | null {
  if (!(specifier.startsWith("./") || specifier.startsWith("../"))) return null;
  const file = appModuleFile(path.resolve(path.dirname(importer), specifier.replace(/[?#].*$/s, "")));
  return file !== null && isAppModuleFile(file) ? file : null;
}

function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}
