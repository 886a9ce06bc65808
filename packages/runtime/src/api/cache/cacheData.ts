// st.cacheData: Streamlit's @st.cache_data, as a function that returns the cached function
// (TypeScript has no decorators for functions). For data: each caller gets its own copy, so a
// caller that changes what it got changes no other caller's.

import { invalidOption } from "../../errors/invalidOption.ts";
import { takeSite } from "../../session/context.ts";
import { cachedFunction, type CachePolicy, type Clearable } from "./cachedFunction.ts";
import { nameAndParams } from "./cacheInfo.ts";
import { clearCaches, functionCache } from "./caches.ts";
import { handedCopy, storedCopy } from "./dataCopy.ts";
import { cacheSettings, type CacheDataOptions } from "./options.ts";

export type CachedFunction<F extends (...args: any[]) => any> = F & Clearable<Parameters<F>>;

export const DATA: CachePolicy = { api: "cacheData", stored: storedCopy, handed: handedCopy, shared: true };

/**
 * `const load = st.cacheData(async (url: string) => (await fetch(url)).json(), { ttl: "1h" })`:
 * calls of `load` with equal arguments compute once; `load.clear()` forgets them.
 */
export function cacheData<F extends (...args: any[]) => any>(fn: F, options?: CacheDataOptions): CachedFunction<F>;
export function cacheData<F extends (...args: any[]) => any>(fn: F, options: CacheDataOptions = {}, info?: unknown): CachedFunction<F> {
  const site = takeSite();
  if (typeof fn !== "function") throw invalidOption("cacheData", "fn", "the function to cache", fn);
  const { name, params } = nameAndParams(fn, info);
  const settings = cacheSettings("cacheData", options, name, fn.length > 0 || (params?.length ?? 0) > 0);
  const cache = functionCache("cacheData", `${site}\u0000${Function.prototype.toString.call(fn)}`);
  cache.maxEntries = settings.maxEntries;
  cache.trim();
  return cachedFunction(fn, { policy: DATA, cache, settings, key: { api: "cacheData", name, params, hashFuncs: settings.hashFuncs } }) as CachedFunction<F>;
}

/** Forgets every st.cacheData function's entries. */
cacheData.clear = (): void => clearCaches("cacheData");
