// What the page runs on what arrives from the session (the browser, and AppTest, which fails on
// anything this refuses): checks it before it touches the page. A message whose envelope is
// wrong is rejected whole; inside a patch, an op with a bad path is dropped and a malformed
// node is replaced by an exception node that says what was wrong, so indices stay aligned.
// Nodes are checked against the element registry's schemas (and the blocks'): the same ones
// the server's types come from.
import { ELEMENT_SCHEMAS, REGISTRY_BLOCK_SCHEMAS } from "../elements/schemas.generated.ts";
import type { NodeOf } from "../elements/registry.generated.ts";
import { BLOCK_SCHEMAS } from "../wire/blocks.ts";
import { schemaProblem } from "../wire/schemaProblem.ts";
import type { BlockNode, NavigationMessage, NavPage, PageMessage, PatchOp, ServerMessage, TreeNode, WelcomeMessage } from "../wire/protocol.ts";

export type Parsed =
  | { ok: true; message: ServerMessage; problems: string[] }
  | { ok: false; error: string };

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const isIndex = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isPath = (v: unknown): v is number[] => Array.isArray(v) && v.every(isIndex);
const outcomes = ["completed", "rerun", "stopped", "exception", "interrupted"];

export function parseServerMessage(data: unknown): Parsed {
  if (typeof data !== "string") return { ok: false, error: "not a text frame" };
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return { ok: false, error: "not JSON" };
  }
  if (!isObj(value)) return { ok: false, error: "not an object" };
  const fail = (why: string): Parsed => ({ ok: false, error: `${String(value.type)} message: ${why}` });
  switch (value.type) {
    case "hello":
      if (typeof value.sessionId !== "string" || typeof value.appName !== "string") return fail("needs sessionId and appName strings");
      return { ok: true, message: { type: "hello", sessionId: value.sessionId, appName: value.appName }, problems: [] };
    case "runStarted":
      if (!Number.isInteger(value.runId) || !isPath(value.scope)) return fail("needs an integer runId and a scope path");
      return { ok: true, message: { type: "runStarted", runId: value.runId as number, scope: value.scope }, problems: [] };
    case "runFinished":
      if (!Number.isInteger(value.runId) || !outcomes.includes(value.outcome as string)) return fail("needs an integer runId and a known outcome");
      return { ok: true, message: value as ServerMessage, problems: [] };
    case "error":
      if (typeof value.message !== "string") return fail("needs a message string");
      return { ok: true, message: { type: "error", message: value.message }, problems: [] };
    case "queryParams":
      if (typeof value.query !== "string") return fail("needs a query string");
      return { ok: true, message: { type: "queryParams", query: value.query }, problems: [] };
    case "navigation": {
      const navigation = parseNavigation(value);
      return navigation === null ? fail("needs pages, a position, expanded and the current page") : { ok: true, message: navigation, problems: [] };
    }
    case "welcome": {
      const { token, resumed, expired, received, keepSeconds, maxMessageBytes } = value;
      if (typeof token !== "string" || typeof resumed !== "boolean" || !isIndex(received) || typeof keepSeconds !== "number" || typeof maxMessageBytes !== "number") {
        return fail("needs a token, resumed, received, keepSeconds and maxMessageBytes");
      }
      const welcome: WelcomeMessage = {
        type: "welcome",
        token,
        resumed,
        received,
        keepSeconds,
        maxMessageBytes,
        ...(expired === true ? { expired } : {}),
        ...(typeof value.maxUploadBytes === "number" && value.maxUploadBytes > 0 ? { maxUploadBytes: value.maxUploadBytes } : {}),
      };
      return { ok: true, message: welcome, problems: [] };
    }
    case "page":
      return parsePage(value, fail);
    case "dataReleased":
      if (!Array.isArray(value.ids) || !value.ids.every((id) => typeof id === "string")) return fail("needs an ids array of strings");
      return { ok: true, message: { type: "dataReleased", ids: value.ids as string[] }, problems: [] };
    case "patch": {
      if (!Number.isInteger(value.runId) || !Array.isArray(value.ops)) return fail("needs an integer runId and an ops array");
      const ops: PatchOp[] = [];
      const problems: string[] = [];
      for (const [i, raw] of value.ops.entries()) {
        const op = parseOp(raw, problems);
        if (typeof op === "string") problems.push(`op ${i} dropped: ${op}`);
        else ops.push(op);
      }
      return { ok: true, message: { type: "patch", runId: value.runId as number, ops }, problems };
    }
    default:
      return { ok: false, error: `unknown message type ${JSON.stringify(value.type)}` };
  }
}

/** The whole page: two root blocks, and the run in progress (or null). Malformed nodes are replaced. */
function parsePage(value: Obj, fail: (why: string) => Parsed): Parsed {
  const { roots, run, query } = value;
  const navigation = value.navigation === null || value.navigation === undefined ? null : parseNavigation(value.navigation);
  if (value.navigation !== null && value.navigation !== undefined && navigation === null) return fail("has a malformed navigation");
  if (!Array.isArray(roots) || roots.length !== 2 || typeof query !== "string") return fail("needs two roots and a query string");
  let parsedRun: PageMessage["run"] = null;
  if (run !== null) {
    if (!isObj(run) || !Number.isInteger(run.runId) || !isPath(run.scope) || !Array.isArray(run.fresh)) return fail("run needs a runId, a scope and fresh marks");
    const fresh = run.fresh.filter((mark): mark is { path: number[]; count: number } => isObj(mark) && isPath(mark.path) && isIndex(mark.count));
    parsedRun = { runId: run.runId as number, scope: run.scope, fresh };
  }
  const problems: string[] = [];
  const parsedRoots: BlockNode[] = [];
  for (const [i, root] of roots.entries()) {
    const node = parseNode(root, String(i), problems);
    if (node.kind !== "block") return fail(`root ${i} is not a block`);
    parsedRoots.push(node);
  }
  return { ok: true, message: { type: "page", roots: parsedRoots, run: parsedRun, query, navigation }, problems };
}

/** st.navigation's menu, checked field by field; null when anything is off. */
function parseNavigation(value: unknown): NavigationMessage | null {
  if (!isObj(value) || !Array.isArray(value.pages) || typeof value.current !== "string" || typeof value.expanded !== "boolean") return null;
  if (value.position !== "sidebar" && value.position !== "top" && value.position !== "hidden") return null;
  const pages: NavPage[] = [];
  for (const page of value.pages) {
    if (!isObj(page) || typeof page.title !== "string" || typeof page.icon !== "string" || typeof page.urlPath !== "string") return null;
    if (page.section !== null && typeof page.section !== "string") return null;
    pages.push({ title: page.title, icon: page.icon, urlPath: page.urlPath, section: page.section });
  }
  const message: NavigationMessage = { type: "navigation", pages, position: value.position, expanded: value.expanded, current: value.current };
  if (typeof value.notFound === "string") message.notFound = value.notFound;
  return message;
}

/** The op, or why it was dropped. Malformed nodes are replaced, and noted in `problems`. */
function parseOp(raw: unknown, problems: string[]): PatchOp | string {
  if (!isObj(raw)) return "not an object";
  if (!isPath(raw.path)) return "path is not a list of indices";
  switch (raw.op) {
    case "set":
      return { op: "set", path: raw.path, node: parseNode(raw.node, raw.path.join("."), problems) };
    case "fresh":
      return isIndex(raw.count) ? { op: "fresh", path: raw.path, count: raw.count } : "fresh needs a count";
    case "trim":
      return isIndex(raw.length) ? { op: "trim", path: raw.path, length: raw.length } : "trim needs a length";
    default:
      return `unknown op ${JSON.stringify(raw.op)}`;
  }
}

/** The core's blocks and the registry's. */
const ALL_BLOCK_SCHEMAS = { ...BLOCK_SCHEMAS, ...REGISTRY_BLOCK_SCHEMAS };

/** Why `raw` is not a valid element or block, or null when it is (children checked one by one). */
function nodeProblem(raw: unknown): string | null {
  if (!isObj(raw)) return "not an object";
  if (raw.kind === "block") {
    const schema = Object.hasOwn(ALL_BLOCK_SCHEMAS, raw.block as string) ? ALL_BLOCK_SCHEMAS[raw.block as keyof typeof ALL_BLOCK_SCHEMAS] : undefined;
    if (!schema) return `unknown block ${JSON.stringify(raw.block)}`;
    if (!Array.isArray(raw.children)) return "block without children";
    return schemaProblem(schema, raw, `${String(raw.block)} block`);
  }
  const schema = Object.hasOwn(ELEMENT_SCHEMAS, raw.kind as string) ? ELEMENT_SCHEMAS[raw.kind as keyof typeof ELEMENT_SCHEMAS] : undefined;
  if (!schema) return `unknown element kind ${JSON.stringify(raw.kind)}`;
  return schemaProblem(schema, raw, String(raw.kind));
}

function parseNode(raw: unknown, where: string, problems: string[]): TreeNode {
  const problem = nodeProblem(raw);
  if (problem !== null) {
    problems.push(`malformed node at ${where}: ${problem}`);
    const shown: NodeOf<"exception"> = {
      kind: "exception",
      type: "RivuletUIError",
      message: `The server sent an element this page cannot show (${problem}).`,
      stack: [],
    };
    return shown;
  }
  const node = raw as TreeNode;
  if (node.kind !== "block") return node;
  return { ...node, children: node.children.map((child, i) => parseNode(child, `${where}.${i}`, problems)) };
}
