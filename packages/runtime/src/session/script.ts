import type { RunFunction, ScriptModule } from "./compiledScript.ts";

/** A compiled script, loaded and ready to run. */
export interface LoadedScript {
  run: RunFunction;
  /** The user's file, as it appears in mapped stack frames. */
  file: string;
  /** Rewrites an error's stack in place so its frames point at the user's source. */
  fixStack?: (error: Error) => void;
  /** The run functions of the page files it names, loaded with it (`preloadPages`), by page key. */
  pages?: ReadonlyMap<string, RunFunction>;
}

/**
 * Loads the page files a script names (and those its pages name), so that a page runs
 * synchronously from its first show, as Streamlit's do: its elements are where `page.run()` is,
 * and what the entry writes after it comes after them. A page that does not load is left out:
 * it raises when it is shown (`page_file_not_found`, or its own error), not when the app loads.
 */
export async function preloadPages(module: Partial<ScriptModule>): Promise<Map<string, RunFunction>> {
  const pages = new Map<string, RunFunction>();
  const pending = [...(module.$pageFiles ?? [])];
  const seen = new Set<string>();
  for (let loader = pending.shift(); loader !== undefined; loader = pending.shift()) {
    if (seen.has(loader.key)) continue;
    seen.add(loader.key);
    const page = (await loader.load().catch(() => null)) as Partial<ScriptModule> | null;
    if (typeof page?.default !== "function") continue;
    pages.set(loader.key, page.default);
    pending.push(...(page.$pageFiles ?? []));
  }
  return pages;
}
