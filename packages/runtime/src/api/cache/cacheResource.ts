// st.cacheResource: Streamlit's @st.cache_resource. For what is shared rather than copied (a
// database connection, a model): every caller of a key gets the one object. `validate` is asked
// on each hit whether the object is still good; `onRelease` is handed what the cache lets go of.

import { makeCached, type CachePolicy } from "./cachedFunction.ts";
import type { CachedFunction } from "./cacheData.ts";
import { clearCaches } from "./caches.ts";
import type { CacheResourceOptions } from "./options.ts";

const RESOURCE: CachePolicy = { api: "cacheResource", stored: (value) => value, handed: (value) => value, shared: false };

/** `const db = st.cacheResource(() => openDatabase("app.db"))`: one connection, shared. */
export function cacheResource<F extends (...args: any[]) => any>(fn: F, options?: CacheResourceOptions<Awaited<ReturnType<F>>>): CachedFunction<F>;
export function cacheResource<F extends (...args: any[]) => any>(fn: F, options: CacheResourceOptions = {}, info?: unknown): CachedFunction<F> {
  return makeCached(RESOURCE, fn, options, info);
}

/** Forgets every st.cacheResource function's entries (each handed to its `onRelease`). */
cacheResource.clear = (): void => clearCaches("cacheResource");
