import type { RunFunction } from "./compiledScript.ts";

/** A compiled script, loaded and ready to run. */
export interface LoadedScript {
  run: RunFunction;
  /** The user's file, as it appears in mapped stack frames. */
  file: string;
  /** Rewrites an error's stack in place so its frames point at the user's source. */
  fixStack?: (error: Error) => void;
}
