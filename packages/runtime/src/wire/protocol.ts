// The wire protocol between a session (server or worker) and the UI: types only.
// The UI imports this file with `import type`; nothing here runs. The shapes of blocks and
// elements are schemas (blocks.ts, coreNodes.ts, and each element's in the registry), whose
// types these are.
//
// The page holds a copy of the session's element tree. The server never sends whole
// pages: it sends `patch` messages whose ops set a node at a path, mark how far the
// running run has rewritten a block, or trim a block at the end of a run.

import type * as v from "valibot";
import type { BLOCK_SCHEMAS, BlockKind } from "./blocks.ts";

export type { AlertNode, ExceptionNode } from "./coreNodes.ts";

/** A JSON value as it crosses the wire. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Where a node sits: `[root, i, j, ...]`. Root 0 is the main area, root 1 the sidebar. */
export type NodePath = number[];

/** A source location in the user's script, 1-based line and column. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

/**
 * Element nodes by kind. The element registry declares each kind's node here (its schema's
 * type: packages/runtime/src/elements/registry.generated.ts), so the core and the page see the
 * exact union without importing the registry.
 */
export interface ElementNodes {}

/** An element: one of the registry's kinds, with its fields, all JSON. (Mapped, not indexed directly: TS would see a cycle.) */
export type ElementNode = { [K in keyof ElementNodes]: ElementNodes[K] }[keyof ElementNodes];

/** The fields every widget's element has. */
export interface WidgetNodeBase {
  /** The widget's identity: stable across runs, unique in a session. */
  id: string;
  label: string;
  help?: string;
  disabled: boolean;
  /** The user's explicit key, if any. */
  key?: string;
}

type BlockFields<B extends BlockKind> = v.InferOutput<(typeof BLOCK_SCHEMAS)[B]>;

// A block holds children; blocks.ts describes each core block's own fields.
export interface VerticalBlockNode extends BlockFields<"vertical"> { children: TreeNode[] }
export interface HorizontalBlockNode extends BlockFields<"horizontal"> { children: TreeNode[] }
export interface EmptyBlockNode extends BlockFields<"empty"> { children: TreeNode[] }
export interface FragmentBlockNode extends BlockFields<"fragment"> { children: TreeNode[] }
export interface FormBlockNode extends BlockFields<"form"> { children: TreeNode[] }
export interface DialogBlockNode extends BlockFields<"dialog"> { children: TreeNode[] }

/**
 * Block nodes by block name: the core's (the session writes them: blocks.ts), and the element
 * registry's (an expander, tabs), which registry.generated.ts declares here as it does elements.
 */
export interface BlockNodes {
  vertical: VerticalBlockNode;
  horizontal: HorizontalBlockNode;
  empty: EmptyBlockNode;
  fragment: FragmentBlockNode;
  form: FormBlockNode;
  dialog: DialogBlockNode;
}

/** A block: one of the core's or the registry's, with its fields and its children. */
export type BlockNode = { [B in keyof BlockNodes]: BlockNodes[B] }[keyof BlockNodes];

export type TreeNode = ElementNode | BlockNode;

export type PatchOp =
  /** Put `node` at `path`, replacing what was there or appending at the block's end. */
  | { op: "set"; path: NodePath; node: TreeNode }
  /** The running run has rewritten the first `count` children of the block at `path`. */
  | { op: "fresh"; path: NodePath; count: number }
  /** The block at `path` keeps only its first `length` children. */
  | { op: "trim"; path: NodePath; length: number };

/** How a run ended. */
export type RunOutcome = "completed" | "rerun" | "stopped" | "exception" | "interrupted";

export type ServerMessage =
  /**
   * First message on every socket, from the host (not the session): how this page may come back
   * to its session if the socket drops, and the limits it must keep to.
   */
  | WelcomeMessage
  /** First message of a session. */
  | { type: "hello"; sessionId: string; appName: string }
  /**
   * The whole page as the session holds it: sent to a page that came back to its session after
   * its socket dropped, in place of what it missed. Patches that follow apply on top of it.
   */
  | PageMessage
  /**
   * A run started. `scope` is the path of the block it rewrites: `[]` for a full run
   * (every root), a fragment block's path for a fragment rerun.
   */
  | { type: "runStarted"; runId: number; scope: NodePath }
  | { type: "patch"; runId: number; ops: PatchOp[] }
  | { type: "runFinished"; runId: number; outcome: RunOutcome }
  /**
   * No node names this data any longer (binaryFrame.ts, dataRef.ts): the page drops it. Sent after
   * a run whose writes have all reached the page, before its `runFinished`.
   */
  | { type: "dataReleased"; ids: string[] }
  /** A message the session could not accept, or a problem outside any run. Nothing was changed. */
  | { type: "error"; message: string }
  /**
   * The script changed `st.queryParams`: the page's URL query becomes `query` (without "?";
   * `history.replaceState`, as Streamlit replaces rather than pushes). Sent at the end of a run,
   * only when it differs from what the page has.
   */
  | { type: "queryParams"; query: string }
  /**
   * The app's pages (st.navigation) and which one this run showed: the page draws the menu and
   * makes its URL that page's (`history.pushState`; `replaceState` when it asked for a page that
   * is not there, `notFound`). Sent at the end of a run, only when it differs from the last.
   */
  | NavigationMessage;

/** One page of st.navigation's menu. */
export interface NavPage {
  title: string;
  /** An emoji or ":material/name:", or "". */
  icon: string;
  /** The page's URL path below the app's ("" for the default page). */
  urlPath: string;
  /** The section it is listed under (st.navigation({ Reports: [...] })), or null. */
  section: string | null;
}

export interface NavigationMessage {
  type: "navigation";
  pages: NavPage[];
  position: "sidebar" | "top" | "hidden";
  expanded: boolean;
  /** The URL path of the page the run showed. */
  current: string;
  /** The URL path the page asked for, when no page has it (the default page was shown). */
  notFound?: string;
}

export type ClientMessage =
  /** A widget's new value: boolean for a checkbox, number for a slider, string for a text input. */
  | { type: "setValue"; id: string; value: Json }
  /** A button click; a chat input's submit carries its text (`value`). */
  | { type: "trigger"; id: string; value?: Json }
  /**
   * A click of a form's submit button (`id`), with the values of the form's widgets: a form's
   * widgets send nothing else. All of them reach the script together, in one run.
   */
  | { type: "submit"; id: string; values: FormValue[] }
  /** Rerun the whole app (the "R" key). */
  | { type: "rerun" }
  /** Stop the running run and drop what is queued (the Stop button). */
  | { type: "stop" }
  /** The user dismissed the dialog `id` (its X, Esc, a click outside). What follows is its `onDismiss`. */
  | { type: "dismiss"; id: string }
  /** The page's URL query changed (back/forward), without "?": `st.queryParams` follows and the app reruns. */
  | { type: "queryParams"; query: string }
  /** The user chose a page (a menu link, back/forward): its URL path; the app reruns showing it. */
  | { type: "navigate"; page: string };

export interface WelcomeMessage {
  type: "welcome";
  /** The page presents it to come back to this session (a WebSocket subprotocol `rivulet-resume.<token>`). */
  token: string;
  /**
   * `true`: the page came back to the session it had. `false`: a new session; `expired` when the
   * page asked for one the server no longer has (it restarted, or the page was away too long).
   */
  resumed: boolean;
  expired?: true;
  /** How many messages of this session the server has received: the page sends the rest again. */
  received: number;
  /** Seconds a session whose socket dropped is kept for its page. */
  keepSeconds: number;
  /** The largest message the server accepts, in bytes (UTF-8 of the JSON). */
  maxMessageBytes: number;
  /** The largest file a page may upload (st.fileUploader), in bytes. */
  maxUploadBytes?: number;
}

export interface PageMessage {
  type: "page";
  roots: BlockNode[];
  /** The run in progress and how far it has rewritten each block (`fresh`), or null. */
  run: { runId: number; scope: NodePath; fresh: { path: NodePath; count: number }[] } | null;
  /** The page URL's query as the session has it. */
  query: string;
  /** The app's pages as the last run that called st.navigation left them, or null. */
  navigation: NavigationMessage | null;
}

/** One widget's value in a `submit` message. */
export interface FormValue {
  id: string;
  value: Json;
}

/**
 * One shape for every diagnostic, from the compiler (build time) or the runtime:
 * a stable snake_case code from the catalogue, a severity, a message, where, and a code frame.
 */
export interface Diagnostic {
  code: string;
  severity: "error" | "warning" | "info";
  message: string;
  loc: SourceLocation & { endLine: number; endColumn: number };
  /** The source lines around `loc` with a marker, as @babel/code-frame prints them (no colors). */
  frame: string;
}
