import type { ResolvedConfig } from "vite";
import type { AccessPolicy, TransportOptions } from "@rivulet/server";

/**
 * The session socket's access policy on the dev server: the hosts Vite's own HTTP and HMR
 * checks allow (`server.allowedHosts`, plus `server.host` and the host of `server.origin`, as
 * Vite adds them), and the plugin's `allowedOrigins`.
 */
export function devAccessPolicy(config: ResolvedConfig, transport: TransportOptions): AccessPolicy {
  const { allowedHosts, host, origin } = config.server;
  if (allowedHosts === true) return { allowedHosts: true, allowedOrigins: transport.allowedOrigins };
  const extra: string[] = [];
  if (typeof host === "string" && host !== "") extra.push(host);
  if (origin) {
    try {
      extra.push(new URL(origin).hostname);
    } catch {
      // Vite reports a bad origin itself.
    }
  }
  return { allowedHosts: [...allowedHosts, ...extra], allowedOrigins: transport.allowedOrigins };
}
