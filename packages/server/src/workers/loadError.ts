import type { LoadError } from "./messages.ts";

/**
 * The overlay fields of any thrown value (a Rollup error from a Vite plugin, any Error, or such
 * an error's fields as plain data), as plain data that crosses threads.
 */
export function toLoadError(thrown: unknown): LoadError {
  // A module runner rethrows what the main thread sent: an Error, or its fields as plain data.
  const isErrorLike = typeof thrown === "object" && thrown !== null && typeof (thrown as Error).message === "string";
  const e = (isErrorLike ? thrown : new Error(String(thrown))) as Error & Partial<LoadError>;
  return {
    message: e.message,
    stack: e.stack ?? "",
    ...(e.id !== undefined && { id: e.id }),
    ...(e.frame !== undefined && { frame: e.frame }),
    ...(e.plugin !== undefined && { plugin: e.plugin }),
    ...(e.loc !== undefined && { loc: e.loc }),
  };
}
