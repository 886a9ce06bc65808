// The wire protocol's types, re-exported from the runtime so the UI names its path once, and the
// schemas the page checks what arrives against (the element registry's, and the blocks'): the
// only runtime code the page imports, and only schemas (schemas.generated.ts keeps no st function).
export type {
  BlockNode,
  ClientMessage,
  DialogBlockNode,
  ElementNode,
  ExceptionNode,
  FormBlockNode,
  FormValue,
  Json,
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
export { ELEMENT_SCHEMAS } from "../../runtime/src/elements/schemas.generated.ts";
export { BLOCK_SCHEMAS } from "../../runtime/src/wire/blocks.ts";
