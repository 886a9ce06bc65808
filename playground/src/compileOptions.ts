// How the playground compiles a script: in the compiler's worker as you type, and at build time
// for the examples (examplesModule.ts). One set of options, so both give the same code.
import type { CompileOptions } from "@rivulet/compiler";
import { RIVULET_SPECIFIER, SCRIPT_FILE } from "./messages.ts";

export const compileOptions: CompileOptions = {
  filename: SCRIPT_FILE,
  rewriteImport: (spec) => (spec === "rivulet" ? RIVULET_SPECIFIER : spec),
};
