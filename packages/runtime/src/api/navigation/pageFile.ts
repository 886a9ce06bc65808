// A page of its own file: `st.Page("pages/orders.ts")`. The compiler passes the call a loader of
// the file (`{ file, load: () => import("./pages/orders.ts?rivulet-page") }`), compiled as a page
// (a script with its own run function); a path it did not see (not a literal) has none and
// raises. The page's name and icon come from the file's name, as Streamlit's do.

import { RivuletAPIError } from "../../errors/RivuletAPIError.ts";
import type { PageFileLoader, RunFunction, ScriptModule } from "../../session/compiledScript.ts";
import { currentExecution } from "../../session/context.ts";

export type { PageFileLoader };

export function isPageFileLoader(value: unknown): value is PageFileLoader {
  const loader = value as PageFileLoader | null;
  return typeof value === "object" && loader !== null && typeof loader.key === "string" && typeof loader.file === "string" && typeof loader.load === "function";
}

/** Streamlit's page file names: an optional number to sort by, then the name (`1_📈_Orders.ts`). */
const PAGE_FILE_NAME = /^([0-9]*)[_ -]*(.*)\.(?:[cm]?[jt]s|[jt]sx)$/s;
// One emoji as Unicode defines them (sequences, flags and skin tones included), as st.Page's icon.
const LEADING_EMOJI = new RegExp("^(\\p{RGI_Emoji})[_ \\-]*(.*)$", "sv");

/** The icon and the name (underscores for spaces, as in its URL) a page file's name gives it. */
export function pageFileName(file: string): { icon: string; name: string; order: number } {
  const match = PAGE_FILE_NAME.exec(baseName(file));
  if (match === null) return { icon: "", name: "", order: Infinity };
  const name = match[2]!.replace(/[_ ]+/g, "_").trim() || match[1]!;
  const emoji = LEADING_EMOJI.exec(name);
  const order = match[1] === "" ? Infinity : Number(match[1]);
  return emoji === null ? { icon: "", name, order } : { icon: emoji[1]!, name: emoji[2]!, order };
}

/**
 * Runs a page file: its run function with the run's handle, in a block of its own at the place
 * of `page.run()`, synchronously when the host loaded it with the script (`preloadPages`) or the
 * session has since. Otherwise (a page named in a library module, one that failed to load) a
 * promise the run waits for: the import, then the page, still in its block, so its elements are
 * where it was run.
 */
export function runPageFile(loader: PageFileLoader): unknown {
  const exec = currentExecution("Page.run");
  const { loaded } = exec.session.pages;
  const { key } = loader;
  const handle = exec.handle;
  const block = exec.writer.writeBlock(exec.container, { block: "vertical" });
  return exec.inContainer(block, () => {
    const known = exec.session.script.pages?.get(key) ?? loaded.get(key);
    if (known !== undefined) return known(handle);
    return (async () => {
      const module = handle.resume(await handle.pause(loader.load().catch((error: unknown) => Promise.reject(isNotFound(error) ? new RivuletAPIError("page_file_not_found", { file: baseName(loader.file) }) : error))));
      const run = (module as Partial<ScriptModule>).default;
      // Only a host that loaded the file without compiling it as a page (a Rivulet bug) gets here.
      if (typeof run !== "function") throw new Error(`st.Page("${loader.file}"): the file was not compiled as a page (its default export is not a run function)`);
      loaded.set(key, run as RunFunction);
      return run(handle);
    })();
  });
}

/**
 * The import failed because the file is not there: Node's ERR_MODULE_NOT_FOUND, or the message of
 * Vite's module runner (its dev server could not load the id). Any other failure (the page does
 * not compile, its import throws) is the page's own and goes as it is.
 */
function isNotFound(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  return code === "ERR_MODULE_NOT_FOUND" || (typeof message === "string" && /^(?:Failed to load url|Cannot find module)\b/.test(message));
}

function baseName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}
