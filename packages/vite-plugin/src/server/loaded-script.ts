import type { LoadedScript } from "@rivulet/runtime";

/** Checks that a loaded module is a compiled Rivulet script and wraps it for a Session. */
export function toLoadedScript(module: unknown, file: string): LoadedScript {
  const run = (module as { default?: unknown } | null)?.default;
  if (typeof run !== "function") {
    throw new Error(`${file} did not compile to a Rivulet script: its default export is ${typeof run}, not a run function`);
  }
  return { run: run as LoadedScript["run"], file };
}
