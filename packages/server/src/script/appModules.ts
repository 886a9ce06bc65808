// Which files are the app's own modules, and which file a relative import of one means: the
// same rules wherever the app's modules are compiled (Vite's plugin, the module hooks of
// AppTest and tools, `rivulet check`).

import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { NO_MAGIC_QUERY, PAGE_QUERY } from "@rivulet/runtime/internal";

const TYPESCRIPT = /\.(?:[cm]?ts|tsx)$/;
/** TypeScript whose types the compiler strips into an ES module (not JSX, not CommonJS). */
const STRIPPABLE = /\.m?ts$/;
const SCRIPT = /\.(?:[cm]?[jt]s|[jt]sx)$/;

/**
 * How a host compiles a module of the app other than the entry, or null when it does not: a
 * page file (its import has `?rivulet-page`) as a page, whatever it imports; a module that
 * imports rivulet in library mode. One rule for Vite's plugin, the module hooks and `rivulet check`.
 */
export function compileModeOf(query: string, source: string): "page" | "library" | null {
  if (new URLSearchParams(query).has(PAGE_QUERY)) return "page";
  return importsRivulet(source) ? "library" : null;
}

/** Whether a page file's import says its app is compiled without magic. */
export function magicOfQuery(query: string): boolean {
  return !new URLSearchParams(query).has(NO_MAGIC_QUERY.split("=")[0]!);
}

/** Whether the module hooks strip the types of a module they do not otherwise compile (Node 20 cannot load TypeScript). */
export function isStrippableFile(file: string): boolean {
  return STRIPPABLE.test(file);
}

/** An import specifier or module id split at its query: `./a.ts?rivulet-page` → `./a.ts`, `?rivulet-page` (a hash is dropped). */
export function splitQuery(specifier: string): { path: string; query: string } {
  const at = specifier.search(/[?#]/);
  if (at === -1) return { path: specifier, query: "" };
  return { path: specifier.slice(0, at), query: specifier.slice(at).replace(/#.*$/s, "") };
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
 * The app module a relative or absolute import (`./x`, `../x`, `/x`) of `importer` means, with
 * the import's query (a page file's says so); null for any other import or no file.
 */
export function resolveAppImport(specifier: string, importer: string): { file: string; query: string } | null {
  if (!(specifier.startsWith("./") || specifier.startsWith("../") || path.isAbsolute(specifier))) return null;
  const { path: written, query } = splitQuery(specifier);
  const file = appModuleFile(path.resolve(path.dirname(importer), written));
  return file !== null && isAppModuleFile(file) ? { file, query } : null;
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
    const found = resolveAppImport(item.specifier, item.importer);
    if (found === null || seen.has(found.file)) continue;
    seen.add(found.file);
    if (isTypeScriptFile(found.file)) return true;
    const source = readFileSync(found.file, "utf8");
    if (compileModeOf(found.query, source) !== null) return true;
    for (const specifier of scanImports(source)) queue.push({ specifier, importer: found.file });
  }
  return false;
}

/** The imports a module's text names (static, `export from`, `import()` of a literal), found without parsing: for modules no compiler reads. */
export function scanImports(source: string): string[] {
  return [...source.matchAll(/\b(?:from|import)\s*\(?\s*["']([^"']+)["']/g)].map((match) => match[1]!);
}
