import { readFileSync } from "node:fs";
import path from "node:path";
import { compile, formatDiagnostic, type CompileMode, type CompileResult } from "@rivulet/compiler";
import { compileModeOf, pagesFolderFiles, resolveAppImport, scanImports, splitQuery } from "@rivulet/server";
import { HELP } from "./help.ts";
import { parse } from "./parse.ts";
import { UsageError } from "./usage-error.ts";

/** How the app compiles a module: as given (a script), or as imported; null when no compiler reads it. */
type Mode = CompileMode | null;
/** When a module is reached in two ways, it is checked in the one that says most. */
const RANK: Record<string, number> = { null: 0, script: 1, library: 2, page: 3 };

/**
 * `rivulet check <file...>`: every diagnostic of every script given and of the app's modules
 * they import (relative imports, st.Page files, the pages/ folder of an entry that has one),
 * each checked once, as the app compiles it (`compileModeOf`: a page file as a page, a module
 * that imports rivulet in library mode; a script given that another one given imports is that
 * one's module); exit 1 when any is an error (or a file cannot be read, or a page file is missing).
 */
export async function check(args: string[]): Promise<number> {
  const { values, positionals } = parse({ args, allowPositionals: true, options: { help: { type: "boolean", short: "h" } } });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError("check needs at least one file");
  const files = new Files();
  const given = [...new Set(positionals.map((file) => path.resolve(file)))];
  given.forEach((file, i) => files.shown.set(file, positionals[i] ?? file));
  const modes = new Map<string, Mode>(given.map((file) => [file, "script"]));
  const missing = new Set<string>();
  // Each script's app, followed from it: what another script's app reaches takes that mode.
  for (const root of given) {
    const queue = [root];
    const seen = new Set(queue);
    for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
      const mode = file === root ? "script" : modes.get(file)!;
      for (const specifier of files.importsOf(file, mode)) {
        const found = resolveAppImport(specifier, file);
        if (found === null) {
          if (compileModeOf(splitQuery(specifier).query, "") === "page") missing.add(`${path.relative(process.cwd(), file)}: error page_file_not_found: Unable to create Page. The file \`${splitQuery(specifier).path}\` could not be found.`);
          continue;
        }
        if (found.file === root || seen.has(found.file)) continue;
        seen.add(found.file);
        queue.push(found.file);
        const imported = compileModeOf(found.query, files.text(found.file) ?? "");
        if (!modes.has(found.file) || RANK[String(imported)]! > RANK[String(modes.get(found.file))]!) modes.set(found.file, imported);
      }
    }
  }
  const counts = { error: 0, warning: 0, info: 0 };
  for (const [file, mode] of modes) {
    if (files.bytes(file) === undefined) counts.error++;
    for (const diagnostic of mode === null ? [] : (files.compiled(file, mode)?.diagnostics ?? [])) {
      process.stdout.write(`${formatDiagnostic(diagnostic)}\n\n`);
      counts[diagnostic.severity]++;
    }
  }
  for (const line of missing) {
    // Streamlit raises this when st.Page runs; the check finds it first.
    process.stdout.write(`${line}\n\n`);
    counts.error++;
  }
  const notes = counts.info > 0 ? `, ${counts.info} info` : "";
  process.stdout.write(`${plural(counts.error, "error")}, ${plural(counts.warning, "warning")}${notes} in ${plural(modes.size, "file")}\n`);
  return counts.error > 0 ? 1 : 0;
}

/** The files read and compiled, each once (per mode). */
class Files {
  readonly shown = new Map<string, string>();
  readonly #bytes = new Map<string, Buffer | undefined>();
  readonly #results = new Map<string, CompileResult>();

  /** The file's bytes (the compiler checks that they are UTF-8); undefined, said once, when it cannot be read. */
  bytes(file: string): Buffer | undefined {
    if (this.#bytes.has(file)) return this.#bytes.get(file);
    let bytes: Buffer | undefined;
    try {
      bytes = readFileSync(file);
    } catch (error) {
      const { code, message } = error as NodeJS.ErrnoException;
      process.stderr.write(`rivulet: cannot read ${this.shown.get(file) ?? path.relative(process.cwd(), file)}: ${code ?? message}\n`);
    }
    this.#bytes.set(file, bytes);
    return bytes;
  }

  text(file: string): string | undefined {
    return this.bytes(file)?.toString("utf8");
  }

  compiled(file: string, mode: CompileMode): CompileResult | undefined {
    const key = `${mode}\0${file}`;
    const known = this.#results.get(key);
    if (known !== undefined) return known;
    const bytes = this.bytes(file);
    if (bytes === undefined) return undefined;
    // An entry's pages/ folder: the compiler makes it the app when the entry calls no st.navigation (and then lists its pages in `imports`).
    const result = compile(bytes, { filename: file, mode, ...(mode === "script" ? { pagesFolder: pagesFolderFiles(file) } : {}) });
    this.#results.set(key, result);
    return result;
  }

  /** What the module imports: as the compiler reports it, or, for a module no compiler reads, as its text names it. */
  importsOf(file: string, mode: Mode): string[] {
    if (mode !== null) return this.compiled(file, mode)?.imports ?? [];
    const text = this.text(file);
    return text === undefined ? [] : scanImports(text);
  }
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
