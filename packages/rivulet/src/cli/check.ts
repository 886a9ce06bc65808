import { readFile } from "node:fs/promises";
import path from "node:path";
import { compile, formatDiagnostic, type CompileMode } from "@rivulet/compiler";
import { resolveAppImport } from "@rivulet/server";
import { HELP } from "./help.ts";
import { parse } from "./parse.ts";
import { UsageError } from "./usage-error.ts";

/**
 * `rivulet check <file...>`: every diagnostic of every script given and of the app's modules
 * they import (followed through relative imports, each checked once, as the app compiles it:
 * in library mode); exit 1 when any is an error (or a file cannot be read).
 */
export async function check(args: string[]): Promise<number> {
  const { values, positionals } = parse({ args, allowPositionals: true, options: { help: { type: "boolean", short: "h" } } });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("check needs at least one file");
  const counts = { error: 0, warning: 0, info: 0 };
  // Scripts first, in the order given; then the modules they import, as found.
  const queue: { file: string; shown: string; mode: CompileMode }[] = positionals.map((file) => ({ file: path.resolve(file), shown: file, mode: "script" }));
  const seen = new Set(queue.map((item) => item.file));
  for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
    // The bytes: the compiler checks that they are UTF-8.
    const source = await readFile(item.file).catch((error: NodeJS.ErrnoException) => {
      process.stderr.write(`rivulet: cannot read ${item.shown}: ${error.code ?? error.message}\n`);
      return undefined;
    });
    if (source === undefined) {
      counts.error++;
      continue;
    }
    const result = compile(source, { filename: item.file, mode: item.mode });
    for (const diagnostic of result.diagnostics) {
      process.stdout.write(`${formatDiagnostic(diagnostic)}\n\n`);
      counts[diagnostic.severity]++;
    }
    for (const specifier of result.imports) {
      const file = resolveAppImport(specifier, item.file);
      if (file === null || seen.has(file)) continue;
      seen.add(file);
      queue.push({ file, shown: path.relative(process.cwd(), file), mode: "library" });
    }
  }
  const notes = counts.info > 0 ? `, ${counts.info} info` : "";
  process.stdout.write(`${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}${notes} in ${plural(seen.size, "file")}\n`);
  return counts.error > 0 ? 1 : 0;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
