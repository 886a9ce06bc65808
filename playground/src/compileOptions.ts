// How the playground compiles a script: in the compiler's worker as you type, and at build time
// for the examples (examplesModule.ts). One set of options, so both give the same code.
import type { CompileOptions } from "@rivulet/compiler";
import { DATA_SPECIFIER, RIVULET_SPECIFIER, SCRIPT_FILE } from "./messages.ts";

const OURS: Record<string, string> = { rivulet: RIVULET_SPECIFIER, "rivulet/data": DATA_SPECIFIER };

export const compileOptions: CompileOptions = {
  filename: SCRIPT_FILE,
  rewriteImport: (spec) => OURS[spec] ?? spec,
};
