import { readFile } from "node:fs/promises";
import path from "node:path";
import { compile, formatDiagnostic } from "@rivulet/compiler";
import { HELP } from "./help.ts";
import { parse } from "./parse.ts";
import { UsageError } from "./usage-error.ts";

/** `rivulet check <file...>`: every diagnostic of every file; exit 1 when any is an error (or a file cannot be read). */
export async function check(args: string[]): Promise<number> {
  const { values, positionals } = parse({ args, allowPositionals: true, options: { help: { type: "boolean", short: "h" } } });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("check needs at least one file");
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const file of positionals) {
    const filename = path.resolve(file);
    // The bytes: the compiler checks that they are UTF-8.
    const source = await readFile(filename).catch((error: NodeJS.ErrnoException) => {
      process.stderr.write(`rivulet: cannot read ${file}: ${error.code ?? error.message}\n`);
      return undefined;
    });
    if (source === undefined) {
      errors++;
      continue;
    }
    for (const diagnostic of compile(source, { filename }).diagnostics) {
      process.stdout.write(`${formatDiagnostic(diagnostic)}\n\n`);
      if (diagnostic.severity === "error") errors++;
      else if (diagnostic.severity === "warning") warnings++;
      else infos++;
    }
  }
  const notes = infos > 0 ? `, ${infos} info` : "";
  process.stdout.write(`${plural(errors, "error")}, ${plural(warnings, "warning")}${notes} in ${plural(positionals.length, "file")}\n`);
  return errors > 0 ? 1 : 0;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
