// st.cacheData and st.cacheResource key a cached function's entries by its arguments, leaving out
// a parameter whose name starts with `_` (as Streamlit does), and name the function in their
// spinner and errors: the parameter names are in the source, not in the function at run time
// (an arrow passed inline has no name either). For `st.cacheData(fn, options)` the compiler
// passes `{ name, params }` after the options: the function's name (or the variable the cached
// function is assigned to) and its parameters' names in order (null for a pattern, "...rest"
// for a rest parameter); params only when the function is written in this file.
import type { NodePath } from "@babel/traverse";
import type * as t from "@babel/types";
import { onNamespace, type StCall } from "./analysis.ts";
import { resolveLocalFunction } from "./local-functions.ts";

export interface CacheInfo {
  name?: string;
  params?: (string | null)[];
}

const CACHE_APIS = new Set(["cacheData", "cacheResource"]);

/**
 * What the compiler passes each call, and the cached functions written in this file, each with
 * the name it is known by (the checks of what they write: checks/CachedFunctionWrites.ts).
 */
export function findCacheInfo(calls: Iterable<StCall>): { infos: Map<t.CallExpression, CacheInfo>; cachedFunctions: Map<t.Function, string> } {
  const infos = new Map<t.CallExpression, CacheInfo>();
  const cachedFunctions = new Map<t.Function, string>();
  for (const call of calls) {
    if (!CACHE_APIS.has(call.method) || !onNamespace(call)) continue;
    const args = call.path.get("arguments");
    if (args.length < 1 || args.length > 2 || args.some((a) => a.isSpreadElement())) continue;
    const fn = resolveLocalFunction(args[0]!);
    const info: CacheInfo = {};
    const name = nameOf(call.path, args[0]!, fn);
    if (name !== null) info.name = name;
    if (fn !== null) {
      info.params = paramNames(fn.node);
      cachedFunctions.set(fn.node, name ?? "function");
    }
    if (info.name !== undefined || info.params !== undefined) infos.set(call.path.node, info);
  }
  return { infos, cachedFunctions };
}

/** The function's own name, else the name it is passed by, else the variable the result goes to. */
function nameOf(call: NodePath<t.CallExpression>, arg: NodePath, fn: NodePath<t.Function> | null): string | null {
  const own = fn !== null && "id" in fn.node && fn.node.id?.type === "Identifier" ? fn.node.id.name : null;
  if (own !== null) return own;
  if (arg.isIdentifier()) return arg.node.name;
  const parent = call.parentPath;
  if (parent?.isVariableDeclarator() && parent.node.id.type === "Identifier") return parent.node.id.name;
  if (parent?.isAssignmentExpression() && parent.node.left.type === "Identifier") return parent.node.left.name;
  return null;
}

function paramNames(fn: t.Function): (string | null)[] {
  const names: (string | null)[] = [];
  fn.params.forEach((param, i) => {
    // TypeScript's `this` parameter is a type, not an argument.
    if (i === 0 && param.type === "Identifier" && param.name === "this") return;
    names.push(paramName(param));
  });
  return names;
}

function paramName(param: t.Function["params"][number]): string | null {
  switch (param.type) {
    case "Identifier":
      return param.name;
    case "AssignmentPattern":
      return param.left.type === "Identifier" ? param.left.name : null;
    case "RestElement":
      return param.argument.type === "Identifier" ? `...${param.argument.name}` : null;
    default:
      return null;
  }
}
