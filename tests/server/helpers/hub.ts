// A session hub on a plain HTTP server, as the production server wires it (socket server,
// access policy, pool), with options a test chooses: limits, threads, the watchdog's patience.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { SessionHub, WorkerPool, attachSocketServer, resolveTransport, type Limits, type ScriptSource } from "@rivulet/server";

export interface TestHub {
  url: string;
  hub: SessionHub;
  pool: WorkerPool;
  close(): Promise<void>;
}

export async function startHub(script: ScriptSource, options: { limits?: Partial<Limits>; threads?: number; stuckAfterMs?: number } = {}): Promise<TestHub> {
  const pool = new WorkerPool({ threads: options.threads ?? 1, log: () => {}, ...(options.stuckAfterMs ? { stuckAfterMs: options.stuckAfterMs } : {}) });
  await pool.setScript(script);
  const transport = resolveTransport(options.limits ? { limits: options.limits } : {});
  const hub = new SessionHub({ ...transport, appName: "test", pool });
  const server: Server = createServer((_, res) => res.end());
  const detach = attachSocketServer(server, { path: "/_rivulet/ws", policy: transport, maxMessageBytes: transport.limits.maxMessageBytes }, (ws, request) => hub.accept(ws, request));
  await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `ws://localhost:${port}/_rivulet/ws`,
    hub,
    pool,
    async close() {
      hub.close();
      detach();
      await pool.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
