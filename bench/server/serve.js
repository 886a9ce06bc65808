// Builds bench/server/app.ts (or `options.app`) with `rivulet build` and serves it in this process with the built
// folder's own production server, so a benchmark can read the server's memory after a GC.
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";

const here = path.dirname(fileURLToPath(import.meta.url));
const rivulet = path.join(here, "../../packages/rivulet/bin/rivulet.js");

export async function serveBenchApp({ app = path.join(here, "app.ts"), ...options } = {}) {
  const dir = await mkdtemp(path.join(tmpdir(), "rivulet-bench-"));
  await promisify(execFile)(process.execPath, [rivulet, "build", app, "--out-dir", dir]);
  const { startServer } = await import(pathToFileURL(path.join(dir, "server/production.js")).href);
  const warnings = [];
  const server = await startServer({
    dir,
    port: 0,
    log: (level, msg, fields) => level !== "info" && warnings.push(`${level} ${msg} ${JSON.stringify(fields ?? {})}`),
    ...options,
  });
  return {
    server,
    warnings,
    socketUrl: new URL("_rivulet/ws", server.url.replace(/^http/, "ws")).href,
    async close() {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Runs a client script in its own Node process and resolves with the JSON line it prints last. */
export function runClient(script, config) {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [path.join(here, script), JSON.stringify(config)], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const last = stdout.trim().split("\n").at(-1);
      try {
        resolve(JSON.parse(last));
      } catch {
        reject(new Error(`${script} failed: ${error?.message ?? ""}\n${stderr}\n${stdout.slice(-2000)}`));
      }
    });
  });
}

/** Memory after a full collection: this process's heap and every session thread's. */
export async function memoryAfterGc(server) {
  globalThis.gc?.();
  const threads = await server.pool.memory({ gc: true });
  const { heapUsed, rss } = process.memoryUsage();
  return {
    mainHeapMB: heapUsed / 1e6,
    threadsHeapMB: threads.reduce((n, t) => n + t.heapUsed, 0) / 1e6,
    rssMB: rss / 1e6,
    sessions: threads.reduce((n, t) => n + t.sessions, 0),
  };
}
