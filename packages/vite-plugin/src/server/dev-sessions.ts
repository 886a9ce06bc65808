import { statSync } from "node:fs";
import path from "node:path";
import type { ViteDevServer } from "vite";
import type { ResolvedOptions } from "../options.ts";
import { MEDIA_PREFIX, SessionHub, UPLOAD_PREFIX, WorkerPool, accessRefusal, attachSocketServer, receiveUpload, serveMedia, isAppModuleFile, pagesFolderOf, secretsFiles } from "@rivulet/server";
import { devAccessPolicy } from "./access.ts";
import { moduleService } from "./module-service.ts";
import { Overlay, formatOverlayError } from "./overlay.ts";

/**
 * Sessions on the dev server: one per WebSocket at `<base>_rivulet/ws`, run by a pool of session
 * workers (a script stuck in a loop holds a worker, never the server) that load the script
 * through Vite's SSR environment, and a reload of the script (a rerun on every open page,
 * session state kept) whenever the entry or one of its imports changes.
 */
export class DevSessions {
  readonly #server: ViteDevServer;
  readonly #pool: WorkerPool;
  readonly #entryFile: string;
  /** The files the last successful load evaluated: a change to one of them reloads. */
  #files = new Set<string>();
  readonly #hub: SessionHub;
  readonly #overlay: Overlay;
  readonly #detach: () => void;
  #loading: Promise<void> | undefined;
  #loadAgain = false;
  #loadedOnce = false;
  /** The secrets files st.secrets reads: a change reloads them. */
  readonly #secretsFiles: Set<string>;

  constructor(server: ViteDevServer, httpServer: NonNullable<ViteDevServer["httpServer"]>, options: ResolvedOptions) {
    this.#server = server;
    const environment = server.environments.ssr;
    if (!environment) throw new Error("rivulet: the Vite dev server has no ssr environment to load the script in");
    this.#entryFile = options.entryFile;
    // A script's errors outside any run go to the terminal, not to a page: a timer's error
    // belongs to no session, and every page shares the worker it ran on.
    const log = (text: string): void => server.config.logger.error(text, { timestamp: true });
    this.#pool = new WorkerPool({
      modules: moduleService(environment),
      log,
      stuckAfterMs: options.stuckAfterSeconds * 1000,
      // Never served: `.rivulet/` is in server.fs.deny (rivulet:guard).
      cacheDir: path.join(server.config.root, ".rivulet", "cache", "data"),
      secrets: { project: server.config.root },
      project: server.config.root,
    });
    this.#secretsFiles = new Set(secretsFiles({ project: server.config.root }));
    const { transport } = options;
    this.#hub = new SessionHub({ ...transport, appName: path.basename(options.entryFile).replace(/\.[^.]+$/, ""), pool: this.#pool, log });
    this.#overlay = new Overlay(server.environments.client);
    const socket = { path: socketPath(options.base), policy: devAccessPolicy(server.config, transport), maxMessageBytes: transport.limits.maxMessageBytes, log };
    this.#detach = attachSocketServer(httpServer, socket, (ws, request) => {
      this.#hub.accept(ws, request);
      if (!this.#loadedOnce) void this.reload();
    });
    // The sessions' media files (st.image of bytes) and uploads (st.fileUploader), as the
    // production server takes them.
    const mediaPath = `${options.base}${MEDIA_PREFIX}`;
    const uploadPath = `${options.base}${UPLOAD_PREFIX}`;
    const uploads = { maxBytes: transport.limits.maxUploadBytes, deliver: (token: string, file: Parameters<SessionHub["upload"]>[1]) => this.#hub.upload(token, file) };
    server.middlewares.use((req, res, next) => {
      const [pathname = "", query = ""] = (req.url ?? "").split("?", 2);
      if (pathname.startsWith(uploadPath)) {
        const refusal = accessRefusal(socket.policy, { host: req.headers.host, origin: req.headers.origin });
        if (refusal !== null) return void res.writeHead(403, { "Content-Type": "text/plain" }).end(`Blocked request. ${refusal}`);
        return receiveUpload(req, res, pathname.slice(uploadPath.length), uploads);
      }
      if (!pathname.startsWith(mediaPath) || (req.method !== "GET" && req.method !== "HEAD")) return next();
      serveMedia(req, res, this.#pool.media, pathname.slice(mediaPath.length), query);
    });
  }

  /**
   * A file changed, was added or deleted: reload when the script depends on it, or when the
   * last load failed (the change may fix it). Returns whether it reloads.
   */
  onFileEvent(file: string, type: "create" | "update" | "delete" = "update"): boolean {
    if (!this.#loadedOnce) return false;
    if (type !== "update" && path.dirname(path.resolve(file)) === pagesFolderOf(this.#entryFile) && isAppModuleFile(file)) {
      // A page came to or left the pages/ folder: the entry's compile lists the folder.
      const graph = this.#server.environments.ssr!.moduleGraph;
      for (const module of graph.getModulesByFile(this.#entryFile) ?? []) graph.invalidateModule(module);
      void this.reload();
      return true;
    }
    if (this.#secretsFiles.has(path.resolve(file))) {
      // st.secrets reads the new values, and every page reruns with them (Streamlit does too).
      this.#pool.reloadSecrets();
      void this.reload();
      return true;
    }
    const reload = this.#files.has(file) || (this.#hub.failing && !file.includes("/node_modules/"));
    if (!reload) return false;
    void this.reload();
    this.#recheckLater(file);
    return true;
  }

  /** Loads the script; a change during a load loads again after it. */
  reload(): Promise<void> {
    this.#loadedOnce = true;
    if (this.#loading) {
      this.#loadAgain = true;
      return this.#loading;
    }
    this.#loading = (async () => {
      do {
        this.#loadAgain = false;
        await this.#loadOnce();
      } while (this.#loadAgain);
    })().finally(() => {
      this.#loading = undefined;
    });
    return this.#loading;
  }

  async close(): Promise<void> {
    this.#detach();
    this.#hub.close();
    await this.#pool.close();
  }

  /**
   * Vite's watcher (chokidar) drops a change that follows another on the same file within
   * 50 ms, so a quick second save would leave the page on the first one. Look again once
   * that window has passed, and replay the change if the file moved on meanwhile.
   */
  #recheckLater(file: string): void {
    const seen = mtimeOf(file);
    setTimeout(() => {
      if (mtimeOf(file) !== seen) this.#server.watcher.emit("change", file);
    }, WATCHER_THROTTLE_MS * 2).unref();
  }

  async #loadOnce(): Promise<void> {
    const outcome = await this.#pool.setScript({ kind: "module", entry: this.#entryFile });
    if (outcome.error === null) {
      this.#files = new Set(outcome.files);
      this.#hub.scriptLoaded();
      this.#overlay.clear();
    } else {
      const text = formatOverlayError(outcome.error);
      this.#server.config.logger.error(`[rivulet] ${text}`, { timestamp: true });
      this.#hub.setError(text);
      this.#overlay.show(outcome.error);
    }
  }
}

/** How long chokidar suppresses a repeated change event for one file. */
const WATCHER_THROTTLE_MS = 50;

function mtimeOf(file: string): number | undefined {
  return statSync(file, { throwIfNoEntry: false })?.mtimeMs;
}

/** The WebSocket path of the app page mounted at `base` (the page opens `<page dir>_rivulet/ws`). */
export function socketPath(base: string): string {
  return `${base}_rivulet/ws`;
}
