// Every element an st function writes is checked against its kind's schema (the registry's,
// which the page checks too) before it goes out: an option of the wrong type (`help: 5`, a
// button `type` Streamlit does not have) is the script's mistake, told as a RivuletAPIError
// at the call, not a node the page cannot show. The registry hands its schemas over when it
// installs the element functions (elements/install.ts): this layer imports no element.

import * as v from "valibot";
import { RivuletAPIError } from "../../errors/RivuletAPIError.ts";
import type { ElementNode } from "../../wire/protocol.ts";
import type { BlockSpec } from "../../tree/live.ts";

type Schemas = Readonly<Record<string, v.GenericSchema>>;
let schemas: Schemas = {};
let blockSchemas: Schemas = {};

/** The schemas to check nodes with: the registry's elements' by kind, its blocks' by block name (called once, at install). */
export function useNodeSchemas(byKind: Schemas, byBlock: Schemas): void {
  schemas = byKind;
  blockSchemas = byBlock;
}

/** Whether the nodes of `kind` have the field `name` in their schema (a rule the definition states by having it). */
export function schemaHasField(kind: string, name: string): boolean {
  const entries = (schemas[kind] as { entries?: Record<string, unknown> } | undefined)?.entries;
  return entries !== undefined && Object.hasOwn(entries, name);
}

/** Throws when `node`, written by st.`api`, misses its kind's schema. */
export function checkNode(api: string, node: ElementNode): void {
  check(api, schemas[node.kind], node);
}

/** Throws when a block st.`api` writes misses its schema (the registry's blocks; the core's are the session's own). */
export function checkBlock(api: string, spec: BlockSpec): void {
  check(api, blockSchemas[spec.block], { kind: "block", ...spec });
}

function check(api: string, schema: v.GenericSchema | undefined, node: object): void {
  if (schema === undefined || v.is(schema, node)) return;
  const issue = v.safeParse(schema, node).issues?.[0];
  const field = issue === undefined ? "?" : (v.getDotPath(issue) ?? "?");
  throw new RivuletAPIError("invalid_option", { api, option: field, expected: (issue?.expected ?? "valid").replace(/^\((.*)\)$/, "$1"), got: issue?.received ?? "this" });
}
