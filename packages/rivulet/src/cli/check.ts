import { readFile } from "node:fs/promises";
import path from "node:path";
import { compile, formatDiagnostic, type CompileMode } from "@rivulet/compiler";
import { PAGE_QUERY } from "@rivulet/runtime/internal";
import { pagesFolderFiles, resolveAppImport } from "@rivulet/server";
import { HELP } from "./help.ts";
import { parse } from "./parse.ts";
import { UsageError } from "./usage-error.ts";

/**
 * `rivulet check <file...>`: every diagnostic of every script given and of the app's modules
 * they import (followed through relative imports and st.Page files, each checked once, as the
 * app compiles it: a page file as a page, any other module in library mode); exit 1 when any is
 * an error (or a file cannot be read).
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
    const result = compile(source, { filename: item.file, mode: item.mode, ...(item.mode === "script" ? { pagesFolder: pagesFolderFiles(item.file) } : {}) });
    for (const diagnostic of result.diagnostics) {
      process.stdout.write(`${formatDiagnostic(diagnostic)}\n\n`);
      counts[diagnostic.severity]++;
    }
    // An entry's pages/ folder is part of its app (the compiler is given it when the entry does
    // not call st.navigation; checking its pages either way costs nothing).
    const folder = item.mode === "script" ? pagesFolderFiles(item.file).map((page) => `./${page}?${PAGE_QUERY}`) : [];
    for (const specifier of [...result.imports, ...folder]) {
      const found = resolveAppImport(specifier, item.file);
      if (found === null && specifier.endsWith(`?${PAGE_QUERY}`)) {
        // Streamlit raises this when st.Page runs; the check finds it first.
        process.stdout.write(`${item.shown}: error page_file_not_found: Unable to create Page. The file \`${specifier.slice(0, -PAGE_QUERY.length - 1)}\` could not be found.\n\n`);
        counts.error++;
      }
      if (found === null || seen.has(found.file)) continue;
      seen.add(found.file);
      queue.push({ file: found.file, shown: path.relative(process.cwd(), found.file), mode: found.mode });
    }
  }
  const notes = counts.info > 0 ? `, ${counts.info} info` : "";
  process.stdout.write(`${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}${notes} in ${plural(seen.size, "file")}\n`);
  return counts.error > 0 ? 1 : 0;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
