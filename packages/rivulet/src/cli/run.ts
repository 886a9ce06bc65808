import path from "node:path";
import { rivulet } from "@rivulet/vite-plugin";
import { createServer } from "vite";
import { HELP } from "./help.ts";
import { parse } from "./parse.ts";
import { scriptArg, viteCacheDir } from "./script-arg.ts";
import { UsageError } from "./usage-error.ts";

/** Streamlit's port: a Streamlit user finds the app where they expect it. */
const DEFAULT_PORT = 8501;

/**
 * `rivulet run <app.ts>`: a Vite dev server rooted at the app's folder, with no config file
 * of its own, serving the app page. Runs until the process is stopped.
 */
export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parse({
    args,
    allowPositionals: true,
    options: {
      port: { type: "string", short: "p" },
      host: { type: "string" },
      "stuck-after": { type: "string" },
      "no-magic": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const file = scriptArg("run", positionals);
  const port = values.port === undefined ? undefined : parsePort(values.port);
  const stuckAfter = values["stuck-after"] === undefined ? undefined : parseSeconds("--stuck-after", values["stuck-after"]);

  const root = path.dirname(file);
  const server = await createServer({
    configFile: false,
    root,
    // The page's prebuilt code needs no dependency optimizing.
    cacheDir: viteCacheDir(root),
    optimizeDeps: { noDiscovery: true, include: [] },
    clearScreen: false,
    // The app folder's own index.html, if any, belongs to another project: the page lives at `/`.
    // It serves the app and nothing else of the folder, to no other site's pages.
    plugins: [rivulet({ entry: path.basename(file), base: "/", appOnly: true, magic: values["no-magic"] !== true, ...(stuckAfter !== undefined ? { stuckAfterSeconds: stuckAfter } : {}) })],
    server: { port: port ?? DEFAULT_PORT, strictPort: port !== undefined, host: values.host ?? "localhost", cors: false },
  });
  await server.listen();
  const urls = server.resolvedUrls;
  for (const url of urls?.local ?? []) process.stdout.write(`  Local:   ${url}\n`);
  for (const url of urls?.network ?? []) process.stdout.write(`  Network: ${url}\n`);

  await new Promise<void>((resolve) => {
    const stop = (): void => {
      void server.close().then(resolve);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  return 0;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, got "${value}"`);
  return port;
}

function parseSeconds(flag: string, value: string): number {
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new UsageError(`${flag} must be a number of seconds, got "${value}"`);
  return seconds;
}
