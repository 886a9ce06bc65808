// The wire protocol between a session (server or worker) and the UI: types only.
// The UI imports this file with `import type`; nothing here runs.
//
// The page holds a copy of the session's element tree. The server never sends whole
// pages: it sends `patch` messages whose ops set a node at a path, mark how far the
// running run has rewritten a block, or trim a block at the end of a run.

/** A JSON value as it crosses the wire. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Where a node sits: `[root, i, j, ...]`. Root 0 is the main area, root 1 the sidebar. */
export type NodePath = number[];

export const ROOT_MAIN = 0;
export const ROOT_SIDEBAR = 1;

/** A source location in the user's script, 1-based line and column. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

export interface TitleNode { kind: "title"; body: string; anchor?: string; help?: string }
export interface HeaderNode { kind: "header"; body: string; divider?: boolean | string; help?: string }
export interface SubheaderNode { kind: "subheader"; body: string; divider?: boolean | string; help?: string }
export interface MarkdownNode { kind: "markdown"; body: string; help?: string }
export interface TextNode { kind: "text"; body: string; help?: string }
/** `st.error`, `st.warning`, `st.info`, `st.success`: a coloured box of Markdown. */
export interface AlertNode {
  kind: "alert";
  level: "error" | "warning" | "info" | "success";
  body: string;
  icon?: string;
}
/** `st.write` of a value that is not a string: rendered as pretty JSON. */
export interface JsonNode { kind: "json"; body: Json }

export interface ExceptionNode {
  kind: "exception";
  /** The error's class name, e.g. "TypeError" or "RivuletAPIError". */
  type: string;
  message: string;
  /** Stack frames already mapped to the user's source, one per line. */
  stack: string[];
  /** Where in the user's script it was thrown, when known. */
  loc?: SourceLocation;
}

interface WidgetBase {
  /** The widget's identity: stable across runs, unique in a session. */
  id: string;
  label: string;
  help?: string;
  disabled: boolean;
  /** The user's explicit key, if any. */
  key?: string;
}

export interface ButtonNode extends WidgetBase { kind: "button"; type: "primary" | "secondary" | "tertiary" }
export interface CheckboxNode extends WidgetBase { kind: "checkbox"; value: boolean }
export interface SliderNode extends WidgetBase {
  kind: "slider";
  value: number;
  min: number;
  max: number;
  step: number;
}
export interface TextInputNode extends WidgetBase {
  kind: "textInput";
  /** null until the user types, when the script gave `value: null`. */
  value: string | null;
  placeholder?: string;
  maxChars?: number;
  type: "default" | "password";
}

export type ElementNode =
  | TitleNode
  | HeaderNode
  | SubheaderNode
  | MarkdownNode
  | TextNode
  | AlertNode
  | JsonNode
  | ExceptionNode
  | ButtonNode
  | CheckboxNode
  | SliderNode
  | TextInputNode;

export type WidgetNode = ButtonNode | CheckboxNode | SliderNode | TextInputNode;

/**
 * A block holds children. `vertical` is `st.container`, `horizontal` is the row made by
 * `st.columns` whose children are `column` blocks, `empty` is `st.empty` (holds at most
 * one child), `fragment` is the transparent block a fragment renders into so that a
 * fragment rerun can replace exactly its own elements.
 */
export interface BlockNode {
  kind: "block";
  block: "vertical" | "horizontal" | "column" | "empty" | "fragment";
  /** Column width weight, for `column` blocks. */
  weight?: number;
  border?: boolean;
  children: TreeNode[];
}

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
  /** First message on a connection. */
  | { type: "hello"; sessionId: string; appName: string }
  /**
   * A run started. `scope` is the path of the block it rewrites: `[]` for a full run
   * (every root), a fragment block's path for a fragment rerun.
   */
  | { type: "runStarted"; runId: number; scope: NodePath }
  | { type: "patch"; runId: number; ops: PatchOp[] }
  | { type: "runFinished"; runId: number; outcome: RunOutcome }
  /** A message the session could not accept, or a problem outside any run. Nothing was changed. */
  | { type: "error"; message: string };

export type ClientMessage =
  /** A widget's new value: boolean for a checkbox, number for a slider, string for a text input. */
  | { type: "setValue"; id: string; value: Json }
  /** A button click. */
  | { type: "trigger"; id: string }
  /** Rerun the whole app (the "R" key). */
  | { type: "rerun" };

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
