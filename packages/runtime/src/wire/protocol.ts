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

/** A source location in the user's script, 1-based line and column. */
export interface SourceLocation {
  file: string;
  line: number;
  column: number;
}

export interface TitleNode { kind: "title"; body: string; anchor?: string; help?: string }
export interface HeaderNode { kind: "header"; body: string; divider?: boolean | string; help?: string }
export interface SubheaderNode { kind: "subheader"; body: string; divider?: boolean | string; help?: string }
/** `allowHtml`: the body's HTML is kept (`unsafeAllowHtml`), and the page sanitizes it. */
export interface MarkdownNode { kind: "markdown"; body: string; help?: string; allowHtml?: true }
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

export interface ButtonNode extends WidgetBase {
  kind: "button";
  type: "primary" | "secondary" | "tertiary";
  /** An emoji shown before the label. */
  icon?: string;
  /** `st.formSubmitButton`: a click sends the values of its form's widgets with it (`submit`). */
  isFormSubmitter?: true;
}
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
 * fragment rerun can replace exactly its own elements, `form` is `st.form`.
 */
export type BlockNode =
  | VerticalBlockNode
  | HorizontalBlockNode
  | ColumnBlockNode
  | EmptyBlockNode
  | FragmentBlockNode
  | FormBlockNode
  | DialogBlockNode;

interface BlockBase {
  kind: "block";
  children: TreeNode[];
}
export interface VerticalBlockNode extends BlockBase { block: "vertical"; border?: boolean }
export interface HorizontalBlockNode extends BlockBase { block: "horizontal" }
export interface ColumnBlockNode extends BlockBase {
  block: "column";
  /** Relative width in its row. */
  weight: number;
  border?: boolean;
}
export interface EmptyBlockNode extends BlockBase { block: "empty" }
export interface FragmentBlockNode extends BlockBase { block: "fragment" }
/**
 * `st.form`: the page holds the values of the widgets inside and sends them all with a click
 * of one of its submit buttons.
 */
export interface FormBlockNode extends BlockBase {
  block: "form";
  /** The form's key, unique among the forms of a run. */
  formId: string;
  clearOnSubmit: boolean;
  /** Enter in a text input of the form clicks its first submit button (when that is enabled). */
  enterToSubmit: boolean;
  border: boolean;
}

/**
 * `st.dialog`: a modal over the page whose body is a fragment (a widget inside reruns only
 * the dialog). The page shows it while it is in the tree, and hides it when the user dismisses
 * it (sending `dismiss`) until a run writes the block anew (`set`: the script opened it again).
 */
export interface DialogBlockNode extends BlockBase {
  block: "dialog";
  /** The dialog's identity, named by `dismiss`. */
  id: string;
  title: string;
  /** small ≈ 500px, medium ≈ 750px, large ≈ 1280px. */
  width: "small" | "medium" | "large";
  /** Whether the X, Esc and a click outside dismiss it. */
  dismissible: boolean;
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
  /** A message the session could not accept, or a problem outside any run. Nothing was changed. */
  | { type: "error"; message: string }
  /**
   * The script changed `st.queryParams`: the page's URL query becomes `query` (without "?";
   * `history.replaceState`, as Streamlit replaces rather than pushes). Sent at the end of a run,
   * only when it differs from what the page has.
   */
  | { type: "queryParams"; query: string };

export type ClientMessage =
  /** A widget's new value: boolean for a checkbox, number for a slider, string for a text input. */
  | { type: "setValue"; id: string; value: Json }
  /** A button click. */
  | { type: "trigger"; id: string }
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
  | { type: "queryParams"; query: string };

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
}

export interface PageMessage {
  type: "page";
  roots: BlockNode[];
  /** The run in progress and how far it has rewritten each block (`fresh`), or null. */
  run: { runId: number; scope: NodePath; fresh: { path: NodePath; count: number }[] } | null;
  /** The page URL's query as the session has it. */
  query: string;
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
