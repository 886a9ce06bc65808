// What the compiler passes to st.cacheData and st.cacheResource after their options (it sees
// the function where the script writes it): the name it is known by (the variable it is
// assigned to, for an arrow function) and its parameters' names, so that a parameter whose name
// starts with `_` is left out of the key. A call the compiler did not see gets none: the
// function's own name, and every argument hashed.

import type { KeySpec } from "./argumentKey.ts";

export interface CompiledCacheInfo {
  name?: string;
  params?: (string | null)[];
}

export function nameAndParams(fn: (...args: never[]) => unknown, info: unknown): { name: string; params: KeySpec["params"] } {
  const given = typeof info === "object" && info !== null ? (info as CompiledCacheInfo) : {};
  const name = typeof given.name === "string" && given.name !== "" ? given.name : fn.name !== "" ? fn.name : "function";
  const params = Array.isArray(given.params) ? given.params : undefined;
  return { name, params };
}
