// The wire protocol's types, re-exported from the runtime so the UI names its path once, the
// schemas the page checks what arrives against (the element registry's, and the blocks'), and
// the page model that applies what arrives (shared with AppTest): the only runtime code the page
// imports (schemas.generated.ts keeps no st function).
export type {
  BlockNodes,
  BlockNode,
  ClientMessage,
  DialogBlockNode,
  ElementNode,
  ExceptionNode,
  FormBlockNode,
  FormValue,
  Json,
  NavigationMessage,
  NavPage,
  NodePath,
  PageMessage,
  PatchOp,
  RunOutcome,
  ServerMessage,
  SourceLocation,
  TreeNode,
  WelcomeMessage,
} from "../../runtime/src/wire/protocol.ts";
export type { ElementKind, NodeOf } from "../../runtime/src/elements/registry.generated.ts";
export type { ColumnConfig, ColumnType } from "../../runtime/src/api/data/columnConfig.ts";
export type { MediaSource } from "../../runtime/src/wire/mediaRef.ts";
export { cellKind, type CellValue, type EditingState } from "../../runtime/src/api/data/editingState.ts";
export { cssColor } from "../../runtime/src/api/charts/cssColor.ts";
export { ELEMENT_SCHEMAS } from "../../runtime/src/elements/schemas.generated.ts";
export { BLOCK_SCHEMAS } from "../../runtime/src/wire/blocks.ts";
export { applyDataFrame, applyMessage, applyOp, blockAt, emptyPage, endRun, PatchError, type Page, type RunState } from "../../runtime/src/wire/page.ts";
export { parseServerMessage, type Parsed } from "../../runtime/src/page/parseMessage.ts";
export { ROOT_MAIN, ROOT_SIDEBAR, pathKey, startsWith } from "../../runtime/src/wire/paths.ts";
