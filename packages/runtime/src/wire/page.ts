// The page's copy of the session's element tree and run state, as plain data, and the
// functions that apply server messages to it: the one applier, run by the browser (the UI
// wraps one Page in $state; these functions only mutate, so they work the same on the reactive
// proxy) and by AppTest, which so checks what a page would show with the page's own code.
import type { BlockNode, NavigationMessage, NodePath, PageMessage, PatchOp, RunOutcome, ServerMessage } from "./protocol.ts";
import { pathKey } from "./paths.ts";
import { decodeDataFrame } from "./binaryFrame.ts";
import { collectDataRefs } from "./dataRef.ts";

export type RunState =
  | { status: "idle"; lastOutcome: RunOutcome | null }
  | { status: "running"; runId: number; scope: NodePath; lastOutcome: RunOutcome | null };

export interface Page {
  /** One block per root: index 0 is the main area, 1 the sidebar. */
  roots: BlockNode[];
  run: RunState;
  /** For the running run: how many children of each block (by `pathKey`) it has rewritten. */
  fresh: Record<string, number>;
  /** How many runs have started, and how many of those had finished when the last one ended. */
  runsStarted: number;
  runsFinished: number;
  /** The app's pages and the one shown (st.navigation), or null for an app of one page. */
  navigation: NavigationMessage | null;
  /** The data nodes name (`{ $data: id }`), by id, as binary frames brought it. */
  data: Record<string, Uint8Array>;
}

export function emptyPage(): Page {
  const root = (): BlockNode => ({ kind: "block", block: "vertical", children: [] });
  return {
    roots: [root(), root()],
    run: { status: "idle", lastOutcome: null },
    fresh: {},
    runsStarted: 0,
    runsFinished: 0,
    navigation: null,
    data: {},
  };
}

/** A patch op that does not fit the page (a path through a missing block, a gap at the end). */
export class PatchError extends Error {}

/** The block at `path` (`[root, i, j, ...]`), or a PatchError saying where the path breaks. */
export function blockAt(page: Page, path: NodePath): BlockNode {
  const [root, ...rest] = path;
  let block = root === undefined ? undefined : page.roots[root];
  if (!block) throw new PatchError(`no root ${String(root)} (path ${pathKey(path)})`);
  for (const [depth, index] of rest.entries()) {
    const child: unknown = block.children[index];
    if (!isBlock(child)) {
      const at = pathKey(path.slice(0, depth + 2));
      throw new PatchError(`no block at ${at} (path ${pathKey(path)})`);
    }
    block = child;
  }
  return block;
}

function isBlock(node: unknown): node is BlockNode {
  return typeof node === "object" && node !== null && (node as BlockNode).kind === "block";
}

export function applyOp(page: Page, op: PatchOp): void {
  switch (op.op) {
    case "set": {
      if (op.path.length < 2) throw new PatchError(`set needs a path inside a root, got [${op.path}]`);
      const parent = blockAt(page, op.path.slice(0, -1));
      const index = op.path[op.path.length - 1]!;
      if (index > parent.children.length) {
        throw new PatchError(
          `set at ${pathKey(op.path)} leaves a gap: the block has ${parent.children.length} children`,
        );
      }
      parent.children[index] = op.node;
      return;
    }
    case "fresh":
      blockAt(page, op.path);
      page.fresh[pathKey(op.path)] = op.count;
      return;
    case "trim": {
      const block = blockAt(page, op.path);
      if (block.children.length > op.length) block.children.splice(op.length);
      return;
    }
  }
}

/**
 * Applies a run or patch message; other messages leave the page alone. Returns one line per
 * op that did not fit: the others still apply, so one bad op loses nothing else.
 */
export function applyMessage(page: Page, message: ServerMessage): string[] {
  switch (message.type) {
    case "runStarted":
      page.run = { status: "running", runId: message.runId, scope: message.scope, lastOutcome: page.run.lastOutcome };
      page.fresh = {};
      page.runsStarted += 1;
      return [];
    case "runFinished":
      endRun(page, message.outcome);
      return [];
    case "page":
      replacePage(page, message);
      return [];
    case "navigation":
      page.navigation = message;
      return [];
    case "dataReleased":
      for (const id of message.ids) delete page.data[id];
      return [];
    case "patch": {
      const problems: string[] = [];
      for (const op of message.ops) {
        try {
          applyOp(page, op);
        } catch (error) {
          if (!(error instanceof PatchError)) throw error;
          problems.push(`patch of run ${message.runId}: ${op.op} op ignored: ${error.message}`);
        }
      }
      return problems;
    }
    default:
      return [];
  }
}

/**
 * The whole page from the session (the page came back after its socket dropped): its tree, and
 * the run in progress with how far it has rewritten each block.
 */
function replacePage(page: Page, message: PageMessage): void {
  page.roots = message.roots;
  // The session sent again, just before, all the data its tree names: the rest is stale.
  const named = new Set<string>();
  collectDataRefs(message.roots as never, named);
  for (const id of Object.keys(page.data)) if (!named.has(id)) delete page.data[id];
  page.navigation = message.navigation;
  if (message.run === null) return endRun(page, null);
  page.runsStarted = Math.max(page.runsStarted, page.runsFinished + 1);
  page.run = { status: "running", runId: message.run.runId, scope: message.run.scope, lastOutcome: page.run.lastOutcome };
  page.fresh = Object.fromEntries(message.run.fresh.map(({ path, count }) => [pathKey(path), count]));
}

/** Ends the running run, if any: nothing is stale afterwards. No outcome when the socket dropped. */
export function endRun(page: Page, outcome: RunOutcome | null): void {
  page.run = { status: "idle", lastOutcome: outcome ?? page.run.lastOutcome };
  page.fresh = {};
  page.runsFinished = page.runsStarted;
}

/** Keeps the data of a binary frame; returns why it was refused, or null. */
export function applyDataFrame(page: Page, frame: ArrayBuffer | Uint8Array): string | null {
  const decoded = decodeDataFrame(frame);
  if (typeof decoded === "string") return decoded;
  page.data[decoded.header.id] = decoded.bytes;
  return null;
}

/** The ids that nodes of the page name and the page has no data for (a Rivulet bug when not empty). */
export function missingData(page: Page): string[] {
  const named = new Set<string>();
  collectDataRefs(page.roots as never, named);
  return [...named].filter((id) => !Object.hasOwn(page.data, id));
}
