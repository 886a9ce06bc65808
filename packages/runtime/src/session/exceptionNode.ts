// An uncaught exception as the page shows it: class, message, the stack mapped to the user's
// source without the runtime's own frames, and where in the script it was thrown.

import type { ExceptionNode, SourceLocation } from "../wire/protocol.ts";
import type { LoadedScript } from "./script.ts";

const RUNTIME_DIR = new URL("..", import.meta.url).href;
const FRAME = /\(?((?:file:\/\/)?[^\s()]+):(\d+):(\d+)\)?$/;

export function exceptionNode(thrown: unknown, script: LoadedScript): ExceptionNode {
  const error = thrown instanceof Error ? thrown : new Error(String(thrown));
  try {
    script.fixStack?.(error);
  } catch {
    // A stack that cannot be mapped is still worth showing as it is.
  }
  const frames = (error.stack ?? "")
    .split("\n")
    .filter((line) => /^\s+at /.test(line))
    .map((line) => line.trim())
    .filter((line) => !line.includes(RUNTIME_DIR) && !line.includes("node:internal"));
  const node: ExceptionNode = {
    kind: "exception",
    type: thrown instanceof Error ? error.name : typeof thrown,
    message: error.message,
    stack: frames,
  };
  const loc = locationIn(frames, script.file);
  if (loc !== undefined) node.loc = loc;
  return node;
}

/** The first frame in the user's file. */
export function locationIn(frames: readonly string[], file: string): SourceLocation | undefined {
  for (const frame of frames) {
    const match = FRAME.exec(frame);
    if (match === null) continue;
    const path = match[1]!.replace(/^file:\/\//, "");
    if (path === file || path.endsWith(file)) {
      return { file, line: Number(match[2]), column: Number(match[3]) };
    }
  }
  return undefined;
}
