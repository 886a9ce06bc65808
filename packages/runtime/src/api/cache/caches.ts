// Every cached function's cache on this thread, by API and function key. A function's key is its
// call site (the compiler's site id of the st.cacheData call) and its source, as Streamlit keys a
// function by its module, name and source: the same function called at the same place every run
// finds its entries again, and an edit of its body (a dev reload) starts it afresh. Its `id`, a
// hash of the key, names it across threads and on disk.

import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import { FunctionCache } from "./functionCache.ts";
import type { CacheApi } from "./options.ts";
import { sharedDataCache } from "./shared.ts";
import { processWide } from "../../session/processWide.ts";

// The process's, whichever copy of the runtime is loaded (session/processWide.ts).
const caches = {
  cacheData: byKey("cacheData"),
  cacheResource: byKey("cacheResource"),
} satisfies Record<CacheApi, Map<string, FunctionCache>>;
/** st.cacheData's caches by id, for what other threads clear. */
const dataById = byKey("cacheData by id");

function byKey(name: string): Map<string, FunctionCache> {
  let found = processWide.caches.get(name);
  if (found === undefined) processWide.caches.set(name, (found = new Map()));
  return found as Map<string, FunctionCache>;
}

export function functionCache(api: CacheApi, functionKey: string): FunctionCache {
  const byKey = caches[api];
  let cache = byKey.get(functionKey);
  if (cache === undefined) {
    cache = new FunctionCache(bytesToHex(sha256(new TextEncoder().encode(`${api}\u0000${functionKey}`))).slice(0, 32));
    byKey.set(functionKey, cache);
    if (api === "cacheData") dataById.set(cache.id, cache);
  }
  return cache;
}

/** Every function's cache of `api` on this thread, by function key. */
export function cachesOf(api: CacheApi): ReadonlyMap<string, FunctionCache> {
  return caches[api];
}

/** `st.cacheData.clear()`, `st.cacheResource.clear()`: every function's entries, on every thread. */
export function clearCaches(api: CacheApi): void {
  for (const cache of caches[api].values()) cache.clear();
  if (api === "cacheData") sharedDataCache()?.clear(null, null);
}

/** `.clear()` of one function (key null) or of one entry, on every thread. */
export function clearFunction(api: CacheApi, cache: FunctionCache, key: string | null): void {
  if (key === null) cache.clear();
  else cache.delete(key);
  if (api === "cacheData") sharedDataCache()?.clear(cache.id, key);
}

/** What another thread cleared (the host tells): this thread's entries of it go too. */
export function forgetDataEntries(fn: string | null, key: string | null): void {
  if (fn === null) {
    for (const cache of dataById.values()) cache.clear();
    return;
  }
  const cache = dataById.get(fn);
  if (key === null) cache?.clear();
  else cache?.delete(key);
}
