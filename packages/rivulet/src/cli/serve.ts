import { existsSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { UsageError } from "./usage-error.ts";

/** The part of a built folder's production server that `rivulet serve` runs (production/layout.ts). */
const PRODUCTION = "server/production.js";

/**
 * `rivulet serve [dist] [options]`: runs the production server a build wrote into `dist`
 * (`./dist` by default), the same as `node dist/server.js [options]`. The folder brings its own
 * server and runtime, so it runs as it was built.
 */
export async function serve(args: string[]): Promise<number> {
  const [first, ...rest] = args;
  const positional = first !== undefined && !first.startsWith("-");
  const dir = path.resolve(positional ? first : "dist");
  const flags = positional ? rest : args;
  const entry = path.join(dir, PRODUCTION);
  if (!existsSync(entry) && !flags.includes("--help") && !flags.includes("-h")) {
    throw new UsageError(`${path.relative(process.cwd(), dir) || "."} is not a built Rivulet app (it has no ${PRODUCTION}): build one with \`rivulet build app.ts\` or \`vite build\``);
  }
  if (!existsSync(entry)) {
    const { SERVE_HELP } = await import("@rivulet/server/production");
    process.stdout.write(SERVE_HELP);
    return 0;
  }
  const { main } = (await import(pathToFileURL(entry).href)) as { main: (argv: string[], dir: string) => Promise<number> };
  return main(flags, dir);
}
