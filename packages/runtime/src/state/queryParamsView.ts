// `st.queryParams` as scripts use it: a view over a session's QueryParamsStore, read and written
// like an object (`st.queryParams.tab`, `st.queryParams.tab = "b"`, `delete st.queryParams.tab`,
// `"tab" in st.queryParams`) plus Streamlit's methods.

import type { QueryParamsStore } from "./queryParams.ts";

export interface QueryParams {
  /** The value of a parameter (the last one when the key repeats), or undefined; set a string or a list of strings. */
  [key: string]: any;
  /** The value of `key` (the last one when it repeats), or undefined. */
  get(key: string): string | undefined;
  /** Every value of `key`, in URL order; [] when absent. */
  getAll(key: string): string[];
  /** Removes every parameter. */
  clear(): void;
  /** Every key with its value (the last one when it repeats). */
  toDict(): Record<string, string>;
  /** Replaces every parameter with those of `params`. */
  fromDict(params: Record<string, string | readonly string[]>): void;
}

/**
 * A `QueryParams` over a store. Method names shadow parameters of the same name on reads
 * (`st.queryParams.get("get")` reads one).
 */
export function queryParamsProxy(store: () => QueryParamsStore): QueryParams {
  const methods: Record<string, (...args: any[]) => unknown> = {
    get: (key: string) => store().get(String(key)),
    getAll: (key: string) => store().getAll(String(key)),
    clear: () => store().clear(),
    toDict: () => store().toDict(),
    fromDict: (params: unknown) => store().fromDict(params),
  };
  return new Proxy(Object.create(null) as QueryParams, {
    get: (_, key) => {
      if (typeof key !== "string") return undefined;
      return Object.hasOwn(methods, key) ? methods[key] : store().get(key);
    },
    set: (_, key, value) => {
      if (typeof key !== "string") return false;
      store().set(key, value);
      return true;
    },
    has: (_, key) => typeof key === "string" && store().has(key),
    deleteProperty: (_, key) => {
      if (typeof key === "string") store().delete(key);
      return true;
    },
    ownKeys: () => store().keys(),
    getOwnPropertyDescriptor: (_, key) =>
      typeof key === "string" && store().has(key)
        ? { value: store().get(key), writable: true, enumerable: true, configurable: true }
        : undefined,
  });
}
