// The examples menu's module (`virtual:rivulet-examples`): each example's source and its code as
// the compiler worker would compile it, compiled here when the site is built. Opening an example
// (the first one, on a cold load) runs it at once, without waiting for the compiler's worker to
// load; the worker's own compile then only underlines.
import { readFileSync } from "node:fs";
import { compile } from "@rivulet/compiler";
import type { Plugin } from "vite";
import { EXAMPLE_FILES } from "./src/editor/exampleFiles.ts";
import { compileOptions } from "./src/compileOptions.ts";

const ID = "virtual:rivulet-examples";
const RESOLVED = `\0${ID}`;

export function examplesModule(): Plugin {
  const files = EXAMPLE_FILES.map(([file]) => new URL(`../examples/${file}`, import.meta.url));
  return {
    name: "rivulet-playground:examples",
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const examples = EXAMPLE_FILES.map(([file, title], i) => {
        this.addWatchFile(files[i]!.pathname);
        const source = readFileSync(files[i]!, "utf8");
        const result = compile(source, compileOptions);
        if (result.code === null || result.diagnostics.some((d) => d.severity === "error")) {
          throw new Error(`examples/${file} does not compile: ${result.diagnostics.map((d) => d.message).join("; ")}`);
        }
        return { title, source, script: { code: result.code, map: result.map } };
      });
      return `export const EXAMPLES = ${JSON.stringify(examples)};\n`;
    },
  };
}
