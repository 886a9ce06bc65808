// st.cacheData and st.cacheResource: Streamlit's caching decorators, as functions that return
// the cached function. Their code is in api/cache/; this registers them for the st exports and
// the README.

import { cacheData, type CachedFunction } from "../api/cache/cacheData.ts";
import { cacheResource } from "../api/cache/cacheResource.ts";
import { defineApi } from "./define.ts";

export { cacheData, cacheResource };
export type { CachedFunction };
export type { CacheDataOptions, CacheResourceOptions } from "../api/cache/options.ts";
export type { HashFuncs } from "../api/cache/argumentKey.ts";

export default defineApi({
  api: { cacheData, cacheResource },
  containerMethods: false,
  section: "App",
  docs: [
    {
      calls: ["st.cacheData(fn, { ttl, maxEntries, showSpinner, hashFuncs, persist })"],
      streamlit: ["@st.cache_data"],
      notes:
        'returns `fn` cached: equal arguments (by value; a parameter named `_x` is left out) compute once, each caller gets its own copy; `ttl` seconds or `"1h"`; `.clear()`, `.clear(...args)`, `st.cacheData.clear()`; what `fn` writes is written again on a hit; async functions share one computation per key',
      example:
        'const load = st.cacheData((rows: number) => Array.from({ length: rows }, (_, i) => ({ id: i, square: i * i })), { ttl: "10m" });\nst.write(load(3));\nif (st.button("Forget")) load.clear();',
    },
    {
      calls: ["st.cacheResource(fn, { ttl, maxEntries, showSpinner, hashFuncs, validate, onRelease })"],
      streamlit: ["@st.cache_resource"],
      notes: "returns `fn` cached, its value shared by every caller and session (a connection, a model); `validate(value)` on each hit, `onRelease(value)` when an entry goes; `st.cacheResource.clear()`",
      example: 'const pool = st.cacheResource(() => ({ opened: new Date().toISOString() }));\nst.text(`pool opened at ${pool().opened}`);',
    },
  ],
});
