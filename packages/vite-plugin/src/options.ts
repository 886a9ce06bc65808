import { existsSync, realpathSync } from "node:fs";
import path from "node:path";
import { resolveTransport, type Limits, type TransportOptions } from "@rivulet/server";

export interface RivuletOptions {
  /** The Rivulet script, relative to the Vite root (or absolute). */
  entry: string;
  /**
   * Where the app page is served. By default `/` when the project has no `index.html`
   * of its own, `/_rivulet/` when it has one.
   */
  base?: string;
  /**
   * The project is only this app, with no pages of its own. Then the dev server serves nothing
   * else of it (only the app page, Vite's client and the public folder), and `vite build` writes
   * a folder that runs as it is (`node dist/server.js`). By default, when the project has no
   * `index.html`; `rivulet run` and `rivulet build` always. The script itself and secrets files
   * are never served.
   */
  appOnly?: boolean;
  /**
   * Origins besides the app's own whose pages may open a session (to embed the app in another
   * site), or `"*"` for any. The host names the socket answers are Vite's `server.allowedHosts`.
   */
  allowedOrigins?: "*" | string[];
  /** Seconds a session whose socket dropped is kept for its page to come back (default 120). */
  disconnectedSessionTTL?: number;
  /** Limits on what a page may send (see docs/security.md). */
  limits?: Partial<Limits>;
  /**
   * Seconds a session's run may spend in code that reaches no checkpoint (a library's long
   * call) before its thread is stopped to free the thread's other sessions (default 10).
   */
  stuckAfterSeconds?: number;
  /**
   * Magic, as Streamlit's: a bare expression statement in the script (`df`, `` `## ${title}` ``)
   * is written with st.write (default true; Streamlit's `runner.magicEnabled`).
   */
  magic?: boolean;
}

/** Options with every path resolved against the Vite root; filled in `configResolved`. */
export interface ResolvedOptions {
  root: string;
  /** Absolute path of the entry script, with forward slashes (Vite's module ids). */
  entryFile: string;
  /** Where the app page is mounted: starts and ends with "/". */
  base: string;
  appOnly: boolean;
  stuckAfterSeconds: number;
  /** Whether the compiler writes bare expression statements (`RivuletOptions.magic`). */
  magic: boolean;
  /** The session sockets' options; `allowedHosts` comes from Vite's config (see server/access.ts). */
  transport: TransportOptions;
}

/** `viteBase` is Vite's own `base`; the app page is mounted under it. */
export function resolveOptions(options: RivuletOptions, root: string, viteBase = "/"): ResolvedOptions {
  // Vite names modules by their real path: a symlinked entry must be known by it too (to be
  // compiled, and never served).
  const entryFile = realPath(path.resolve(root, options.entry)).split(path.sep).join("/");
  const base = normalizeBase(options.base ?? (isAppOnly(options, root) ? "/" : "/_rivulet/"));
  const prefix = viteBase.startsWith("/") ? viteBase.replace(/\/$/, "") : "";
  const transport = resolveTransport({
    ...(options.allowedOrigins !== undefined ? { allowedOrigins: options.allowedOrigins } : {}),
    ...(options.disconnectedSessionTTL !== undefined ? { disconnectedSessionTTL: options.disconnectedSessionTTL } : {}),
    ...(options.limits !== undefined ? { limits: options.limits } : {}),
  });
  const appOnly = isAppOnly(options, root);
  return { root, entryFile, base: `${prefix}${base}`, appOnly, stuckAfterSeconds: options.stuckAfterSeconds ?? 10, magic: options.magic ?? true, transport };
}

/** Whether the project is only the app (see `RivuletOptions.appOnly`). */
export function isAppOnly(options: RivuletOptions, root: string): boolean {
  return options.appOnly ?? !hasOwnIndexHtml(root);
}

/** Whether the Vite project has a page of its own at `/`. */
export function hasOwnIndexHtml(root: string): boolean {
  return existsSync(path.join(root, "index.html"));
}

function normalizeBase(base: string): string {
  const withLeading = base.startsWith("/") ? base : `/${base}`;
  return withLeading.endsWith("/") ? withLeading : `${withLeading}/`;
}

function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}
