// Which files are the app's own modules, and which file a relative import of one means: the
// same rules wherever the app's modules are compiled (Vite's plugin, the module hooks of
// AppTest and tools, `rivulet check`).

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { PAGE_QUERY } from "@rivulet/runtime/internal";

const TYPESCRIPT = /\.(?:[cm]?ts|tsx)$/;
const SCRIPT = /\.(?:[cm]?[jt]s|[jt]sx)$/;

/** How a module of the app is compiled, from the query of its import: a page file, or a library module. */
export function modeOfQuery(query: string): "page" | "library" {
  return new URLSearchParams(query).has(PAGE_QUERY) ? "page" : "library";
}

/** A quick test before parsing: the text imports rivulet (`from "rivulet"`, `import("rivulet")`, `import "rivulet"`). */
export function importsRivulet(source: string): boolean {
  return /\bfrom\s*["']rivulet["']|\bimport\s*\(\s*["']rivulet["']\s*\)|\bimport\s*["']rivulet["']/.test(source);
}

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

/**
 * The app module a relative import (`./x`, `../x`) of `importer` means, and how it is
 * compiled (a page file's import says so); null for any other import or no file.
 */
export function resolveAppImport(specifier: string, importer: string): { file: string; mode: "page" | "library" } | null {
  if (!(specifier.startsWith("./") || specifier.startsWith("../"))) return null;
  const query = /[?#].*$/s.exec(specifier)?.[0] ?? "";
  const file = appModuleFile(path.resolve(path.dirname(importer), specifier.slice(0, specifier.length - query.length)));
  return file !== null && isAppModuleFile(file) ? { file, mode: modeOfQuery(query.replace(/#.*$/s, "")) } : null;
}

function isFile(file: string): boolean {
  return existsSync(file) && statSync(file).isFile();
}

/** The folder of an entry's page files, Streamlit's convention: `pages/` beside it. */
export function pagesFolderOf(entryFile: string): string {
  return path.join(path.dirname(entryFile), "pages");
}

/**
 * The page files of an entry's `pages/` folder, relative to the entry's folder
 * (`pages/1_orders.ts`): its scripts, not hidden ones (as Streamlit's `pages/*.py` but
 * `.`-files); none when there is no such folder.
 */
export function pagesFolderFiles(entryFile: string): string[] {
  const folder = pagesFolderOf(entryFile);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names
    .filter((name) => !name.startsWith(".") && isAppModuleFile(path.join(folder, name)) && isFile(path.join(folder, name)))
    .sort()
    .map((name) => `pages/${name}`);
}

/**
 * Whether an entry that imports `specifiers` (as written, relative or absolute) reaches a
 * module the module hooks change: a TypeScript module, or JavaScript that imports rivulet,
 * through plain JavaScript modules. Registering the hooks loads the compiler on Node's hooks
 * thread and holds the registering thread meanwhile: a script that needs none is spared it.
 */
export function needsModuleHooks(specifiers: readonly string[], entryFile: string): boolean {
  const queue = specifiers.map((specifier) => ({ specifier, importer: entryFile }));
  const seen = new Set<string>();
  for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
    const absolute = item.specifier.startsWith("/") ? `.${path.sep}${path.relative(path.dirname(item.importer), item.specifier)}` : item.specifier;
    const found = resolveAppImport(absolute.replaceAll(path.sep, "/"), item.importer);
    if (found === null || seen.has(found.file)) continue;
    seen.add(found.file);
    if (isTypeScriptFile(found.file)) return true;
    const source = readFileSync(found.file, "utf8");
    if (importsRivulet(source)) return true;
    for (const match of source.matchAll(/\b(?:from|import)\s*\(?\s*["']([^"']+)["']/g)) queue.push({ specifier: match[1]!, importer: found.file });
  }
  return false;
}
