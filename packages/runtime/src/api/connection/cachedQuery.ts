// A SQL connection's `query`, cached as st.cacheData caches (Streamlit's SQLConnection.query is
// a cache_data function): by the statement and its parameters, per connection name and ttl (a
// cache per ttl, as Streamlit's), computed once per server and copied for each caller, with
// Streamlit's spinner "Running `sql.query(...)`.". For connection classes a host provides.

import { cachedFunction } from "../cache/cachedFunction.ts";
import { DATA } from "../cache/cacheData.ts";
import { functionCache } from "../cache/caches.ts";
import { cacheSettings } from "../cache/options.ts";

export type RunQuery = (sql: string, params: unknown) => Promise<unknown[]>;

export function cachedQuery(connectionName: string, options: { ttl?: number | string | null; showSpinner?: boolean | string }, run: RunQuery): RunQuery {
  const showSpinner = options.showSpinner === undefined || options.showSpinner === true ? "Running `sql.query(...)`." : options.showSpinner;
  const settings = cacheSettings("cacheData", { ttl: options.ttl, showSpinner }, `${connectionName}.query`, true);
  const cache = functionCache("cacheData", `sql.query\u0000${connectionName}\u0000${settings.ttlMs}`);
  return cachedFunction(run, { policy: DATA, cache, settings, key: { api: "cacheData", name: `${connectionName}.query`, params: ["sql", "params"], hashFuncs: undefined } });
}
