import { existsSync } from "node:fs";
import path from "node:path";

export interface RivuletOptions {
  /** The Rivulet script, relative to the Vite root (or absolute). */
  entry: string;
  /**
   * Where the app page is served. By default `/` when the project has no `index.html`
   * of its own, `/_rivulet/` when it has one.
   */
  base?: string;
}

/** Options with every path resolved against the Vite root; filled in `configResolved`. */
export interface ResolvedOptions {
  root: string;
  /** Absolute path of the entry script, with forward slashes (Vite's module ids). */
  entryFile: string;
  /** Where the app page is mounted: starts and ends with "/". */
  base: string;
}

/** `viteBase` is Vite's own `base`; the app page is mounted under it. */
export function resolveOptions(options: RivuletOptions, root: string, viteBase = "/"): ResolvedOptions {
  const entryFile = path.resolve(root, options.entry).split(path.sep).join("/");
  const base = normalizeBase(options.base ?? (hasOwnIndexHtml(root) ? "/_rivulet/" : "/"));
  const prefix = viteBase.startsWith("/") ? viteBase.replace(/\/$/, "") : "";
  return { root, entryFile, base: `${prefix}${base}` };
}

/** Whether the Vite project has a page of its own at `/`. */
export function hasOwnIndexHtml(root: string): boolean {
  return existsSync(path.join(root, "index.html"));
}

function normalizeBase(base: string): string {
  const withLeading = base.startsWith("/") ? base : `/${base}`;
  return withLeading.endsWith("/") ? withLeading : `${withLeading}/`;
}
