import path from "node:path";
import { rivulet } from "@rivulet/vite-plugin";
import { build as viteBuild } from "vite";
import { HELP } from "./help.ts";
import { parse } from "./parse.ts";
import { scriptArg, viteCacheDir } from "./script-arg.ts";

/**
 * `rivulet build <app.ts> [--out-dir DIR]`: a Vite build of the script alone, with no config of
 * its own, into a folder that runs as it is (`node DIR/server.js`, `rivulet serve DIR`).
 * Diagnostics that are errors fail it, as in `vite build`.
 */
export async function build(args: string[]): Promise<number> {
  const { values, positionals } = parse({
    args,
    allowPositionals: true,
    options: { "out-dir": { type: "string", short: "o" }, "no-magic": { type: "boolean" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  const file = scriptArg("build", positionals);
  const root = path.dirname(file);
  const outDir = path.resolve(values["out-dir"] ?? path.join(root, "dist"));
  try {
    await viteBuild({
      configFile: false,
      root,
      cacheDir: viteCacheDir(root),
      clearScreen: false,
      plugins: [rivulet({ entry: path.basename(file), appOnly: true, magic: values["no-magic"] !== true })],
      build: { outDir, emptyOutDir: true },
    });
  } catch {
    // Vite has printed the errors.
    return 1;
  }
  const shown = path.relative(process.cwd(), outDir) || ".";
  process.stdout.write(`\nBuilt ${shown}/. Serve it with:\n  node ${path.join(shown, "server.js")}    (or: rivulet serve ${shown})\n`);
  return 0;
}
