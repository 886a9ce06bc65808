// Fragment functions: the first argument of `st.fragment(fn)` and the second of
// `st.dialog(title, fn)` (a dialog is a fragment), written inline or named, a method of a local
// object (`st.fragment(panels.stats)`), or what a local factory returns
// (`st.fragment(makeBody("a"))`: each function its `return`s give).
import type { NodePath } from "@babel/traverse";
import type * as t from "@babel/types";
import { onNamespace, type StCall } from "./analysis.ts";
import { resolveLocalFunction } from "./local-functions.ts";
import { propertyName } from "./unwrap.ts";

const FUNCTION_ARGUMENT: Record<string, number> = { fragment: 0, dialog: 1 };

export function findFragments(calls: Iterable<StCall>): Set<t.Function> {
  const fragments = new Set<t.Function>();
  for (const call of calls) {
    const index = FUNCTION_ARGUMENT[call.method];
    if (index === undefined || !onNamespace(call)) continue;
    const arg = call.path.get("arguments")[index];
    if (arg) for (const fn of functionsGivenBy(arg)) fragments.add(fn.node);
  }
  return fragments;
}

/** The functions an argument may be, as far as the file shows. */
function functionsGivenBy(arg: NodePath): NodePath<t.Function>[] {
  const fn = resolveLocalFunction(arg);
  if (fn) return [fn];
  if (arg.isMemberExpression()) {
    const method = methodOfLocalObject(arg);
    return method ? [method] : [];
  }
  if (arg.isCallExpression()) {
    const factory = resolveLocalFunction(arg.get("callee") as NodePath);
    return factory ? returnedFunctions(factory) : [];
  }
  return [];
}

/** `panels.stats` with `const panels = { stats() {...} }` (or `stats: () => ...`, `stats: named`). */
function methodOfLocalObject(member: NodePath<t.MemberExpression>): NodePath<t.Function> | null {
  const name = propertyName(member.node.property, member.node.computed);
  const object = member.get("object");
  if (name === null || !object.isIdentifier()) return null;
  const binding = object.scope.getBinding(object.node.name);
  if (!binding?.constant || !binding.path.isVariableDeclarator()) return null;
  const init = binding.path.get("init");
  if (!init.isObjectExpression()) return null;
  for (const property of init.get("properties")) {
    if (property.isObjectMethod() && propertyName(property.node.key, property.node.computed) === name) return property;
    if (property.isObjectProperty() && propertyName(property.node.key, property.node.computed) === name) {
      return resolveLocalFunction(property.get("value") as NodePath);
    }
  }
  return null;
}

/** The functions `factory` returns: its own `return`s (not those of functions inside it), or its arrow body. */
function returnedFunctions(factory: NodePath<t.Function>): NodePath<t.Function>[] {
  const body = factory.get("body") as NodePath;
  if (!body.isBlockStatement()) {
    const fn = resolveLocalFunction(body);
    return fn ? [fn] : [];
  }
  const found: NodePath<t.Function>[] = [];
  body.traverse({
    Function(inner) {
      inner.skip();
    },
    ReturnStatement(ret) {
      const argument = ret.get("argument");
      const fn = argument.node ? resolveLocalFunction(argument as NodePath) : null;
      if (fn) found.push(fn);
    },
  });
  return found;
}
