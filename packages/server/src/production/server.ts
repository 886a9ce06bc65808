// The production server: serves a built app folder (see layout.ts) over HTTP or HTTPS, hosts its
// sessions on the worker pool, and shuts down gracefully: on `close` it stops taking new
// connections and input, lets the runs in progress finish (or halts them after a grace period),
// tells every page, then stops its threads. `createAppServer` is the same without a server of
// its own, for a host that has one (`vite preview`).

import { readFile } from "node:fs/promises";
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { createServer as createHttpsServer } from "node:https";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { WorkerPool } from "../workers/WorkerPool.ts";
import { SessionHub } from "../transport/sessionHub.ts";
import { attachSocketServer } from "../transport/socketServer.ts";
import { resolveTransport, type Limits } from "../transport/options.ts";
import { DIST, MANIFEST_VERSION, type Manifest } from "./layout.ts";
import { HEALTH_PATH, requestHandler, type Health } from "./http.ts";
import { createLogger, type LogFormat, type Logger } from "./log.ts";
import { StaticFiles } from "./staticFiles.ts";

export interface AppServerOptions {
  /** The built folder (`dist/`). */
  dir: string;
  /** The path the app is mounted at behind a reverse proxy, e.g. `/apps/demo/`. */
  base?: string;
  /** Host names to answer besides localhost names and IP addresses (the public name), or `true` for any. */
  allowedHosts?: true | string[];
  /** Origins besides the app's own whose pages may open sessions and frame the app, or `"*"`. */
  allowedOrigins?: "*" | string[];
  disconnectedSessionTTL?: number;
  limits?: Partial<Limits>;
  /** Session worker threads; one per core by default. */
  threads?: number;
  stuckAfterSeconds?: number;
  /** How long runs in progress may take to finish when the server shuts down, in seconds (10). */
  shutdownGraceSeconds?: number;
  logFormat?: LogFormat;
  /** Where log lines go (stdout by default). */
  log?: Logger;
  /**
   * The app's project folder: its `.rivulet/secrets.toml` is what st.secrets reads, its
   * `.rivulet/<name>.db` st.connection("sql")'s default database (the current directory by default).
   */
  secretsDir?: string;
}

export interface ServeOptions extends AppServerOptions {
  /** 8501 by default, as Streamlit; 0 for any free port. */
  port?: number;
  /** The interface to listen on: `localhost` by default; `0.0.0.0` for every one (in a container). */
  host?: string;
  /** Serve HTTPS with this certificate and key (PEM files). */
  tls?: { cert: string; key: string };
}

export interface AppServer {
  readonly manifest: Manifest;
  /** Where the app is mounted: starts and ends with "/". */
  readonly base: string;
  readonly pool: WorkerPool;
  readonly hub: SessionHub;
  readonly log: Logger;
  /** Answers every request: the page, its assets and health under the base, 404 for the rest. */
  handle(req: IncomingMessage, res: ServerResponse): void;
  /** Takes the app's session sockets on `server`. */
  attach(server: Server): void;
  /** Shuts down gracefully (see the top of this file); resolves once every session has ended. */
  close(reason?: string): Promise<void>;
}

export interface RunningServer extends AppServer {
  /** The app page's URL. */
  readonly url: string;
}

export async function createAppServer(options: AppServerOptions): Promise<AppServer> {
  const log = options.log ?? createLogger(options.logFormat ?? "json");
  const dir = path.resolve(options.dir);
  const manifest = await readManifest(dir);
  const base = normalizeBase(options.base ?? "/");
  const files = await StaticFiles.load(path.join(dir, DIST.client));
  const transport = resolveTransport({
    ...(options.allowedHosts !== undefined ? { allowedHosts: options.allowedHosts } : {}),
    ...(options.allowedOrigins !== undefined ? { allowedOrigins: options.allowedOrigins } : {}),
    ...(options.disconnectedSessionTTL !== undefined ? { disconnectedSessionTTL: options.disconnectedSessionTTL } : {}),
    ...(options.limits !== undefined ? { limits: options.limits } : {}),
  });
  const logText = (text: string): void =>
    log(/stopped|stuck|refused|failed|keep stopping/.test(text) ? "warn" : "info", text.replace(/^\[rivulet\] /, ""));

  const pool = new WorkerPool({
    ...(options.threads !== undefined ? { threads: options.threads } : {}),
    stuckAfterMs: (options.stuckAfterSeconds ?? 10) * 1000,
    workerFile: pathToFileURL(path.join(dir, DIST.worker)),
    // In the app's folder, beside what the server serves (only `client/` is served).
    cacheDir: path.join(dir, ".rivulet", "cache", "data"),
    // As Streamlit reads `.streamlit/secrets.toml` from where it is started.
    secrets: { project: options.secretsDir ?? process.cwd() },
    project: options.secretsDir ?? process.cwd(),
    log: logText,
  });
  const loaded = await pool.setScript({ kind: "file", url: pathToFileURL(path.join(dir, DIST.app)).href, file: manifest.appFile });
  if (loaded.error !== null) {
    await pool.close();
    throw new Error(`The app could not be loaded: ${loaded.error.message}\n${loaded.error.stack}`);
  }
  const hub = new SessionHub({ ...transport, appName: manifest.appName, pool, log: logText });

  let state: Health["status"] = "ok";
  const handle = requestHandler({
    base,
    files,
    policy: transport,
    health: () => ({ status: state, ...pool.stats }),
    media: pool.media,
    uploads: { maxBytes: transport.limits.maxUploadBytes, deliver: (token, file) => hub.upload(token, file) },
    onError: (error) => log("error", "request failed", { error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  });
  const detachers: (() => void)[] = [];
  const socket = { path: `${base}_rivulet/ws`, policy: transport, maxMessageBytes: transport.limits.maxMessageBytes, log: logText };

  let closing: Promise<void> | undefined;
  return {
    manifest,
    base,
    pool,
    hub,
    log,
    handle,
    attach(server) {
      detachers.push(attachSocketServer(server, socket, (ws, request) => hub.accept(ws, request)));
    },
    close(reason = "the server is shutting down") {
      return (closing ??= (async () => {
        state = "shutting down";
        log("info", "shutting down", { reason, sessions: pool.stats.sessions });
        hub.drain(reason);
        const grace = (options.shutdownGraceSeconds ?? 10) * 1000;
        if (!(await pool.whenIdle(grace))) log("warn", "runs still in progress after the grace period are halted", { graceSeconds: grace / 1000 });
        hub.close(reason);
        for (const detach of detachers) detach();
        await pool.close();
      })());
    },
  };
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const app = await createAppServer(options);
  const server: Server = options.tls
    ? createHttpsServer({ cert: await readFile(options.tls.cert), key: await readFile(options.tls.key) }, app.handle)
    : createHttpServer(app.handle);
  app.attach(server);
  const host = options.host ?? "localhost";
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(options.port ?? 8501, host, () => {
        server.off("error", reject);
        resolve();
      });
    });
  } catch (error) {
    await app.close("the server could not listen");
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const shownHost = host === "0.0.0.0" || host === "::" ? "localhost" : host.includes(":") ? `[${host}]` : host;
  const url = `${options.tls ? "https" : "http"}://${shownHost}:${port}${app.base}`;
  app.log("info", "listening", { url, app: app.manifest.appName, threads: app.pool.stats.threads, health: `${url}${HEALTH_PATH}` });
  return {
    ...app,
    url,
    async close(reason) {
      // No new connections; the open sockets are told and closed by the app's close.
      server.close();
      await app.close(reason);
      server.closeAllConnections();
      app.log("info", "stopped");
    },
  };
}

async function readManifest(dir: string): Promise<Manifest> {
  const file = path.join(dir, DIST.manifest);
  let manifest: Partial<Manifest>;
  try {
    manifest = JSON.parse(await readFile(file, "utf8")) as Partial<Manifest>;
  } catch (error) {
    throw new Error(`${dir} is not a built Rivulet app: ${file} cannot be read (${(error as Error).message}). Build it with \`vite build\` or \`rivulet build app.ts\`.`);
  }
  if (manifest.version !== MANIFEST_VERSION || typeof manifest.appName !== "string" || typeof manifest.appFile !== "string") {
    throw new Error(`${file} is from another version of Rivulet (layout ${String(manifest.version)}, this server reads ${MANIFEST_VERSION}): build the app again.`);
  }
  return manifest as Manifest;
}

function normalizeBase(base: string): string {
  const leading = base.startsWith("/") ? base : `/${base}`;
  return leading.endsWith("/") ? leading : `${leading}/`;
}
