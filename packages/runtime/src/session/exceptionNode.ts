// An uncaught exception as the page shows it: class, message, the stack mapped to the user's
// source without the runtime's own frames, and where in the script it was thrown. Total: any
// thrown value gives a node (see thrownValue.ts), so a failed run always ends.

import type { ExceptionNode, SourceLocation } from "../wire/protocol.ts";
import type { LoadedScript } from "./script.ts";
import { describeThrown } from "./thrownValue.ts";

// The runtime's folder, found on first use: a page that bundles this file's neighbours (the
// element schemas) keeps none of it, and a bundler reads no literal here as an asset to inline.
const PARENT = "..";
let runtimeDir: string | undefined;
const runtimeDirectory = (): string => (runtimeDir ??= new URL(PARENT, import.meta.url).href);
const FRAME = /\(?((?:file:\/\/)?[^\s()]+):(\d+):(\d+)\)?$/;

/**
 * `origin`: an Error made where the script threw `thrown` (`$rt.thrown`), whose stack stands in
 * when `thrown` has none (`throw null`, a plain object, an Error whose stack cannot be read).
 */
export function exceptionNode(thrown: unknown, script: LoadedScript, origin?: Error): ExceptionNode {
  const described = describeThrown(thrown);
  const node: ExceptionNode = { kind: "exception", type: described.type, message: described.message, stack: [] };
  if (described.code !== undefined) node.code = described.code;
  const stack =
    (described.stack !== undefined ? mappedStack(thrown as Error, script, described.stack) : undefined) ??
    (origin !== undefined ? mappedStack(origin, script, origin.stack) : undefined);
  if (stack === undefined) return node;
  node.stack = userFrames(stack);
  const loc = locationIn(node.stack, script.file);
  if (loc !== undefined) node.loc = loc;
  return node;
}

/** The stack after mapping it to the user's source; as it was when mapping fails. */
function mappedStack(error: Error, script: LoadedScript, stack: string | undefined): string | undefined {
  try {
    script.fixStack?.(error);
    const mapped: unknown = error.stack;
    return typeof mapped === "string" ? mapped : stack;
  } catch {
    return stack;
  }
}

function userFrames(stack: string): string[] {
  return stack
    .split("\n")
    .filter((line) => /^\s+at /.test(line))
    .map((line) => line.trim())
    // Rivulet's own frames and Node's (`node:internal/…`, `node:async_hooks`…) are not the user's.
    .filter((line) => !line.includes(runtimeDirectory()) && !/\(node:|^at node:/.test(line));
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
