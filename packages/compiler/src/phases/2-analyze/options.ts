// Reading an st call's options: the properties of an object literal passed to it
// (`st.slider("x", { key: "k" })`).
import type { NodePath } from "@babel/traverse";
import type * as t from "@babel/types";
import type { StCall } from "./analysis.ts";
import { propertyName, staticString, unwrap } from "./unwrap.ts";

/**
 * The value of option `name`, when an object-literal argument of the call gives it (and no
 * spread after it, `{ key: "a", ...more }`, may give it another).
 */
export function optionValue(call: StCall, name: string): NodePath<t.Expression> | null {
  return optionsOf(call).get(name) ?? null;
}

/** Each call's options, read once: every check asks for some, of every call. */
const OPTIONS = new WeakMap<StCall, ReadonlyMap<string, NodePath<t.Expression>>>();

function optionsOf(call: StCall): ReadonlyMap<string, NodePath<t.Expression>> {
  let options = OPTIONS.get(call);
  if (options !== undefined) return options;
  const given = new Map<string, NodePath<t.Expression>>();
  for (const arg of call.path.get("arguments")) {
    const object = unwrapPath(arg as NodePath);
    if (!object.isObjectExpression()) continue;
    for (const prop of object.get("properties")) {
      // A spread may give any option again: what came before it is not known.
      if (prop.isSpreadElement()) given.clear();
      else if (prop.isObjectProperty()) {
        const name = propertyName(prop.node.key, prop.node.computed);
        if (name !== null) given.set(name, prop.get("value") as NodePath<t.Expression>);
      }
    }
  }
  options = given;
  OPTIONS.set(call, options);
  return options;
}

/**
 * Whether the call certainly does not give option `name`: its options are an object literal
 * without spreads that does not name it, or it has no argument past the `positional` ones.
 */
export function optionAbsent(call: StCall, name: string, positional: number): boolean {
  const args = call.path.get("arguments");
  if (args.length <= positional) return args.every((arg) => !arg.isSpreadElement());
  if (args.length !== positional + 1 || args.some((arg) => arg.isSpreadElement())) return false;
  const object = unwrapPath(args[positional] as NodePath);
  if (!object.isObjectExpression()) return false;
  return object.node.properties.every((prop) => prop.type === "ObjectProperty" && propertyName(prop.key, prop.computed) !== name && !(prop.computed && propertyName(prop.key, true) === null));
}

/** Does the call give option `name` a value other than `undefined` or `null`? */
export function hasOption(call: StCall, name: string): NodePath<t.Expression> | null {
  const value = optionValue(call, name);
  if (!value) return null;
  const n = unwrap(value.node);
  const absent = n.type === "NullLiteral" || (n.type === "Identifier" && n.name === "undefined");
  return absent ? null : value;
}

/** A key written as a literal: a string (or template without expressions) or a number. */
export function literalKey(node: t.Node): string | null {
  const n = unwrap(node);
  if (n.type === "NumericLiteral") return String(n.value);
  return staticString(n);
}

function unwrapPath(path: NodePath): NodePath {
  let p = path;
  while (p.isTSAsExpression() || p.isTSSatisfiesExpression() || p.isTSNonNullExpression() || p.isParenthesizedExpression()) {
    p = p.get("expression") as NodePath;
  }
  return p;
}
