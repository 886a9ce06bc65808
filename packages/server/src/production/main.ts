// The command line of a built app: `node dist/server.js [options]`, and `rivulet serve [dist]`.
// SIGTERM and SIGINT shut it down gracefully.

import { parseArgs } from "node:util";
import type { LogFormat } from "./log.ts";
import { startServer, type ServeOptions } from "./server.ts";

export const SERVE_HELP = `Usage: node dist/server.js [options]    (or: rivulet serve [dist] [options])

Options:
  --port N                    Port to listen on (default: $PORT, else 8501)
  --host H                    Interface to listen on (default localhost; 0.0.0.0 for all)
  --base /path/               Path the app is served under, behind a reverse proxy
  --allowed-hosts a,b         Host names to answer besides localhost and IP addresses
                              (the app's public name); "all" for any
  --allowed-origins a,b       Origins whose pages may open sessions and frame the app; "*" for any
  --tls-cert FILE --tls-key FILE
                              Serve HTTPS (or put a TLS proxy in front: docs/security.md)
  --threads N                 Session worker threads (default: one per core)
  --disconnected-session-ttl S
                              Seconds a dropped session waits for its page (default 120)
  --stuck-after S             Stop a thread whose run reaches no checkpoint for S seconds (10)
  --shutdown-grace S          Seconds runs may take to finish on shutdown (default 10)
  --log-format json|text      Log lines as JSON (default) or text
  -h, --help                  Show this help
`;

/** Runs the server in `dir` with the command line `argv` until a signal stops it; returns the exit code. */
export async function main(argv: string[], dir: string): Promise<number> {
  let options: ServeOptions;
  try {
    const parsed = parseOptions(argv, dir);
    if (parsed === "help") {
      process.stdout.write(SERVE_HELP);
      return 0;
    }
    options = parsed;
  } catch (error) {
    process.stderr.write(`rivulet serve: ${(error as Error).message}\n\n${SERVE_HELP}`);
    return 2;
  }
  let server: Awaited<ReturnType<typeof startServer>>;
  try {
    server = await startServer(options);
  } catch (error) {
    process.stderr.write(`rivulet serve: ${(error as Error).message}\n`);
    return 1;
  }
  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals): void => {
      process.off("SIGTERM", stop);
      process.off("SIGINT", stop);
      void server.close(`the server is shutting down (${signal})`).then(resolve);
    };
    process.on("SIGTERM", stop);
    process.on("SIGINT", stop);
  });
  return 0;
}

export function parseOptions(argv: string[], dir: string): ServeOptions | "help" {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      base: { type: "string" },
      "allowed-hosts": { type: "string" },
      "allowed-origins": { type: "string" },
      "tls-cert": { type: "string" },
      "tls-key": { type: "string" },
      threads: { type: "string" },
      "disconnected-session-ttl": { type: "string" },
      "stuck-after": { type: "string" },
      "shutdown-grace": { type: "string" },
      "log-format": { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) return "help";
  const options: ServeOptions = { dir };
  const port = values.port ?? process.env.PORT;
  if (port !== undefined) options.port = integer("--port", port, 0, 65535);
  if (values.host !== undefined) options.host = values.host;
  if (values.base !== undefined) options.base = values.base;
  const hosts = values["allowed-hosts"];
  if (hosts !== undefined) options.allowedHosts = hosts === "all" ? true : list(hosts);
  const origins = values["allowed-origins"];
  if (origins !== undefined) options.allowedOrigins = origins === "*" ? "*" : list(origins);
  if ((values["tls-cert"] === undefined) !== (values["tls-key"] === undefined)) throw new Error("--tls-cert and --tls-key go together");
  if (values["tls-cert"] !== undefined) options.tls = { cert: values["tls-cert"], key: values["tls-key"]! };
  if (values.threads !== undefined) options.threads = integer("--threads", values.threads, 1, 1024);
  const ttl = values["disconnected-session-ttl"];
  if (ttl !== undefined) options.disconnectedSessionTTL = seconds("--disconnected-session-ttl", ttl, true);
  if (values["stuck-after"] !== undefined) options.stuckAfterSeconds = seconds("--stuck-after", values["stuck-after"], false);
  if (values["shutdown-grace"] !== undefined) options.shutdownGraceSeconds = seconds("--shutdown-grace", values["shutdown-grace"], true);
  const format = values["log-format"];
  if (format !== undefined && format !== "json" && format !== "text") throw new Error(`--log-format is json or text, got "${format}"`);
  if (format !== undefined) options.logFormat = format as LogFormat;
  return options;
}

function list(value: string): string[] {
  return value.split(",").map((item) => item.trim()).filter(Boolean);
}

function integer(flag: string, value: string, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${flag} must be a whole number from ${min} to ${max}, got "${value}"`);
  return n;
}

function seconds(flag: string, value: string, zeroAllowed: boolean): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || (!zeroAllowed && n === 0)) throw new Error(`${flag} must be a number of seconds, got "${value}"`);
  return n;
}
