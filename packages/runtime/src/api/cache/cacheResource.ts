// st.cacheResource: Streamlit's @st.cache_resource. For what is shared rather than copied (a
// database connection, a model): every caller of a key gets the one object. `validate` is asked
// on each hit whether the object is still good; `onRelease` is handed what the cache lets go of.

import { invalidOption } from "../../errors/invalidOption.ts";
import { takeSite } from "../../session/context.ts";
import { cachedFunction, type CachePolicy } from "./cachedFunction.ts";
import type { CachedFunction } from "./cacheData.ts";
import { nameAndParams } from "./cacheInfo.ts";
import { clearCaches, functionCache } from "./caches.ts";
import { cacheSettings, type CacheResourceOptions } from "./options.ts";

const RESOURCE: CachePolicy = { api: "cacheResource", stored: (value) => value, handed: (value) => value, shared: false };

/** `const db = st.cacheResource(() => openDatabase("app.db"))`: one connection, shared. */
export function cacheResource<F extends (...args: any[]) => any>(fn: F, options?: CacheResourceOptions<Awaited<ReturnType<F>>>): CachedFunction<F>;
export function cacheResource<F extends (...args: any[]) => any>(fn: F, options: CacheResourceOptions = {}, info?: unknown): CachedFunction<F> {
  const site = takeSite();
  if (typeof fn !== "function") throw invalidOption("cacheResource", "fn", "the function to cache", fn);
  const { name, params } = nameAndParams(fn, info);
  const settings = cacheSettings("cacheResource", options, name, fn.length > 0 || (params?.length ?? 0) > 0);
  const cache = functionCache("cacheResource", `${site}\u0000${Function.prototype.toString.call(fn)}`);
  cache.maxEntries = settings.maxEntries;
  cache.release = settings.onRelease;
  cache.trim();
  return cachedFunction(fn, { policy: RESOURCE, cache, settings, key: { api: "cacheResource", name, params, hashFuncs: settings.hashFuncs } }) as CachedFunction<F>;
}

/** Forgets every st.cacheResource function's entries (each handed to its `onRelease`). */
cacheResource.clear = (): void => clearCaches("cacheResource");
