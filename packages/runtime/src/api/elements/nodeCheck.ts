// Every element an st function writes is checked against its kind's schema (the registry's,
// which the page checks too) before it goes out: an option of the wrong type (`help: 5`, a
// button `type` Streamlit does not have) is the script's mistake, told as a RivuletAPIError
// at the call, not a node the page cannot show. The registry hands its schemas over when it
// installs the element functions (elements/install.ts): this layer imports no element.

import * as v from "valibot";
import { RivuletAPIError } from "../../errors/RivuletAPIError.ts";
import type { ElementNode } from "../../wire/protocol.ts";

let schemas: Readonly<Record<string, v.GenericSchema>> = {};

/** The schemas to check nodes with, by kind: the registry's (called once, at install). */
export function useNodeSchemas(bySchemaKind: Readonly<Record<string, v.GenericSchema>>): void {
  schemas = bySchemaKind;
}

/** Throws when `node`, written by st.`api`, misses its kind's schema. */
export function checkNode(api: string, node: ElementNode): void {
  const schema = schemas[node.kind];
  if (schema === undefined || v.is(schema, node)) return;
  const issue = v.safeParse(schema, node).issues?.[0];
  const field = issue === undefined ? "?" : (v.getDotPath(issue) ?? "?");
  throw new RivuletAPIError(`st.${api}: \`${field}\` should be ${(issue?.expected ?? "valid").replace(/^\((.*)\)$/, "$1")}, not ${issue?.received ?? "this"}.`);
}
