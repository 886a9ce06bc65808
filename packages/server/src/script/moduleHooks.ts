// Node module hooks (registered by ./registerModuleHooks.ts) for scripts loaded without Vite:
// AppTest, and tools that run a compiled script in a Node thread. The app's own modules are
// loaded as Vite's dev server loads them: a TypeScript module loses its types, a module that
// imports rivulet is compiled in library mode (site ids, checkpoints, its functions bound to the
// run they are called in), and a page file (imported with `?rivulet-page`) as a page. Runs on
// Node's hooks thread: it loads the compiler there.

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
// Imported with this module, not on first use: an import made by a hook waits forever on Node 20.
import { compile, formatDiagnostic } from "@rivulet/compiler";
import { appModuleFile, compileModeOf, isAppModuleFile, isStrippableFile, magicOfQuery, resolveAppImport } from "./appModules.ts";
import { isOwnSpecifier } from "./ownSpecifiers.ts";

type Context = { parentURL?: string; format?: string | null; conditions?: string[]; importAttributes?: Record<string, string> };
type Resolved = { url: string; format?: string | null; shortCircuit?: boolean };
type Loaded = { format: string; source?: string | ArrayBuffer | Uint8Array | null; shortCircuit?: boolean };

export async function resolve(specifier: string, context: Context, nextResolve: (specifier: string, context: Context) => Promise<Resolved>): Promise<Resolved> {
  // Our packages come from where the host imports them: one runtime, wherever the script lives.
  if (isOwnSpecifier(specifier)) {
    try {
      return await nextResolve(specifier, { ...context, parentURL: import.meta.url });
    } catch {
      // An install that does not hoist them beside us: the app's own resolution.
      return nextResolve(specifier, context);
    }
  }
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    const guessed = guess(specifier, context.parentURL);
    if (guessed === null) throw error;
    return { url: guessed, shortCircuit: true };
  }
}

export async function load(url: string, context: Context, nextLoad: (url: string, context: Context) => Promise<Loaded>): Promise<Loaded> {
  const file = url.startsWith("file:") ? fileURLToPath(url) : null;
  if (file === null || !isAppModuleFile(file) || isOwn(file)) return nextLoad(url, context);
  // Read here: Node would take a `.js` page outside any "type": "module" package for CommonJS.
  const bytes = readFileSync(file);
  const { search } = new URL(url);
  // As Vite compiles it (compileModeOf), and TypeScript that is not ours to compile loses its types.
  const mode = compileModeOf(search, bytes.toString("utf8")) ?? (isStrippableFile(file) ? "library" : null);
  if (mode === null) return nextLoad(url, context);
  // The bytes: the compiler reports those that are not UTF-8.
  const result = compile(bytes, { filename: file, mode, magic: magicOfQuery(search) });
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  if (result.code === null || errors.length > 0) {
    throw new SyntaxError(`${file} does not compile:\n${(errors.length > 0 ? errors : result.diagnostics).map(formatDiagnostic).join("\n")}`);
  }
  const map = Buffer.from(JSON.stringify(result.map)).toString("base64");
  return { format: "module", source: `${result.code}\n//# sourceMappingURL=data:application/json;base64,${map}\n`, shortCircuit: true };
}

/**
 * A file of one of our own packages (`rivulet`, `@rivulet/*`; a workspace links them outside
 * node_modules): not the app's, though its text names rivulet. Known by the nearest package.json.
 */
function isOwn(file: string): boolean {
  const name = packageNameOf(path.dirname(file));
  return name === "rivulet" || (name?.startsWith("@rivulet/") ?? false);
}

const names = new Map<string, string | null>();
function packageNameOf(dir: string): string | null {
  const known = names.get(dir);
  if (known !== undefined) return known;
  const manifest = path.join(dir, "package.json");
  let name: string | null;
  if (existsSync(manifest)) {
    try {
      name = (JSON.parse(readFileSync(manifest, "utf8")) as { name?: unknown }).name as string;
      if (typeof name !== "string") name = null;
    } catch {
      name = null;
    }
  } else name = path.dirname(dir) === dir ? null : packageNameOf(path.dirname(dir));
  names.set(dir, name);
  return name;
}

/**
 * The file an import of the app means when it is not there as written (`./util.js` for
 * util.ts): relative to an app module, or made absolute by compileScript (the entry itself is
 * a data: URL).
 */
function guess(specifier: string, parentURL: string | undefined): string | null {
  if (specifier.startsWith("file:")) {
    const url = new URL(specifier);
    const file = appModuleFile(fileURLToPath(url));
    return file !== null && isAppModuleFile(file) ? pathToFileURL(file).href + url.search : null;
  }
  const parent = parentURL?.startsWith("file:") ? fileURLToPath(parentURL) : null;
  const found = parent !== null && isAppModuleFile(parent) ? resolveAppImport(specifier, parent) : null;
  return found === null ? null : pathToFileURL(found.file).href + found.query;
}
