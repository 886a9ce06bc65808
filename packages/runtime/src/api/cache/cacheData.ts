// st.cacheData: Streamlit's @st.cache_data, as a function that returns the cached function
// (TypeScript has no decorators for functions). For data: each caller gets its own copy, so a
// caller that changes what it got changes no other caller's.

import { makeCached, type CachePolicy, type Clearable } from "./cachedFunction.ts";
import { clearCaches } from "./caches.ts";
import { handedCopy, storedCopy } from "./dataCopy.ts";
import type { CacheDataOptions } from "./options.ts";

export type CachedFunction<F extends (...args: any[]) => any> = F & Clearable<Parameters<F>>;

export const DATA: CachePolicy = { api: "cacheData", stored: storedCopy, handed: handedCopy, shared: true };

/**
 * `const load = st.cacheData(async (url: string) => (await fetch(url)).json(), { ttl: "1h" })`:
 * calls of `load` with equal arguments compute once; `load.clear()` forgets them.
 */
export function cacheData<F extends (...args: any[]) => any>(fn: F, options?: CacheDataOptions): CachedFunction<F>;
export function cacheData<F extends (...args: any[]) => any>(fn: F, options: CacheDataOptions = {}, info?: unknown): CachedFunction<F> {
  return makeCached(DATA, fn, options, info);
}

/** Forgets every st.cacheData function's entries. */
cacheData.clear = (): void => clearCaches("cacheData");
