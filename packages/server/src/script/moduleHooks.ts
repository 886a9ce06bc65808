// Node module hooks (registered by ./registerModuleHooks.ts) for scripts loaded without Vite:
// AppTest, and tools that run a compiled script in a Node thread. The app's own modules are
// loaded as Vite's dev server loads them: a TypeScript module loses its types, a module that
// imports rivulet is compiled in library mode (site ids, checkpoints, its functions bound to the
// run they are called in), and a page file (imported with `?rivulet-page`) as a page. Runs on Node's hooks thread: it loads the compiler there.

import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
// Imported with this module, not on first use: an import made by a hook waits forever on Node 20.
import { compile, formatDiagnostic } from "@rivulet/compiler";
import { appModuleFile, importsRivulet, isAppModuleFile, isTypeScriptFile, modeOfQuery, resolveAppImport } from "./appModules.ts";
import { isOwnSpecifier, OWN_SPECIFIERS } from "./ownSpecifiers.ts";

type Context = { parentURL?: string; format?: string | null; conditions?: string[]; importAttributes?: Record<string, string> };
type Resolved = { url: string; format?: string | null; shortCircuit?: boolean };
type Loaded = { format: string; source?: string | ArrayBuffer | Uint8Array | null; shortCircuit?: boolean };

export async function resolve(specifier: string, context: Context, nextResolve: (specifier: string, context: Context) => Promise<Resolved>): Promise<Resolved> {
  // Our packages come from where the host imports them: one runtime, wherever the script lives.
  if (isOwnSpecifier(specifier)) return nextResolve(specifier, { ...context, parentURL: import.meta.url });
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
  if (file === null || !isAppModuleFile(file) || OWN_ROOTS.some((root) => file.startsWith(root))) return nextLoad(url, context);
  const typescript = isTypeScriptFile(file);
  const loaded = await nextLoad(url, typescript ? { ...context, format: "module" } : context);
  if (loaded.format !== "module" || loaded.source == null) return loaded;
  const source = typeof loaded.source === "string" ? loaded.source : new TextDecoder().decode(loaded.source);
  if (!typescript && !importsRivulet(source)) return loaded;
  const result = compile(source, { filename: file, mode: modeOfQuery(new URL(url).search) });
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  if (result.code === null || errors.length > 0) {
    throw new SyntaxError(`${file} does not compile:\n${(errors.length > 0 ? errors : result.diagnostics).map(formatDiagnostic).join("\n")}`);
  }
  const map = Buffer.from(JSON.stringify(result.map)).toString("base64");
  return { format: "module", source: `${result.code}\n//# sourceMappingURL=data:application/json;base64,${map}\n`, shortCircuit: true };
}

/**
 * The folders of our own packages (a workspace links them outside node_modules): their built
 * files are not the app's, though their text names rivulet.
 */
const OWN_ROOTS = [...new Set(OWN_SPECIFIERS.flatMap((specifier) => packageRoot(specifier)))];

function packageRoot(specifier: string): string[] {
  try {
    let dir = path.dirname(fileURLToPath(import.meta.resolve(specifier)));
    while (!existsSync(path.join(dir, "package.json")) && path.dirname(dir) !== dir) dir = path.dirname(dir);
    return [dir + path.sep];
  } catch {
    return [];
  }
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
  return found === null ? null : pathToFileURL(found.file).href + (/\?[^#]*/.exec(specifier)?.[0] ?? "");
}
