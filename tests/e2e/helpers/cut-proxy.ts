// A TCP proxy in front of a server whose network the test can cut: every connection through it
// drops at once, and new ones are refused until the cut ends (a Wi-Fi blip, a proxy restart).
import { createServer, connect, type Server, type Socket } from "node:net";
import { freePort } from "./free-port.ts";

export interface CutProxy {
  /** `http://localhost:<proxy port>/` */
  url: string;
  /** Drops every connection now and refuses new ones for `ms` milliseconds. */
  cut(ms: number): Promise<void>;
  close(): Promise<void>;
}

export async function startCutProxy(target: URL): Promise<CutProxy> {
  const port = await freePort();
  const open = new Set<Socket>();
  let down = false;
  const server: Server = createServer((client) => {
    if (down) return client.destroy();
    const upstream = connect(Number(target.port), target.hostname);
    for (const [a, b] of [[client, upstream], [upstream, client]] as const) {
      open.add(a);
      a.on("close", () => {
        open.delete(a);
        b.destroy();
      });
      a.on("error", () => b.destroy());
    }
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(port, "localhost", resolve));
  return {
    url: `http://localhost:${port}/`,
    async cut(ms) {
      down = true;
      for (const socket of open) socket.destroy();
      await new Promise((resolve) => setTimeout(resolve, ms));
      down = false;
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
