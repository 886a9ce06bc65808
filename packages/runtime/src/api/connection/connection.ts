// st.connection(name, { type, ttl, maxEntries, ...options }): Streamlit's connection factory. The
// type is `type` (a registered name such as "sql", or a class extending st.BaseConnection), else
// the `type` of `[connections.<name>]` in the secrets, else the name itself when it is a type
// ("sql"). Connections are cached as st.cacheResource caches them: one per name, type and
// options (per session thread: a connection cannot cross threads), kept for `ttl`.

import { RivuletAPIError } from "../../errors/RivuletAPIError.ts";
import { invalidOption } from "../../errors/invalidOption.ts";
import { takeSite } from "../../session/context.ts";
import { cachedFunction, type CachePolicy } from "../cache/cachedFunction.ts";
import { cachesOf, functionCache } from "../cache/caches.ts";
import { cacheSettings } from "../cache/options.ts";
import { BaseConnection, secretSection } from "./BaseConnection.ts";
import type { SqlConnection } from "./sql.ts";
import { connectionType, knownConnectionTypes, type ConnectionClass } from "./types.ts";

export interface ConnectionOptions {
  /** "sql", or a class that extends st.BaseConnection; from the secrets' `[connections.<name>]` when absent. */
  type?: string | ConnectionClass<BaseConnection<any>>;
  /** How long the connection is kept before it is made anew: seconds or a duration ("1h"). */
  ttl?: number | string | null;
  maxEntries?: number | null;
  /** Passed to the connection (for "sql": `url`, `dialect`, `database`, `host`, `port`, `username`, `password`), over the secrets' values. */
  [option: string]: unknown;
}

/** The caches of st.connection's connections are named with this. */
const CONNECTIONS = "st.connection\u0000";

/**
 * Forgets every connection (closing its client): the secrets they were configured from changed,
 * and the next st.connection makes each anew from the new ones, as Streamlit resets a connection
 * whose `[connections.<name>]` section changed.
 */
export function forgetConnections(): void {
  for (const [key, cache] of cachesOf("cacheResource")) if (key.startsWith(CONNECTIONS)) cache.clear();
}

const RESOURCE: CachePolicy = { api: "cacheResource", stored: (value) => value, handed: (value) => value, shared: false };

export function connection(name: string, options?: ConnectionOptions & { type?: "sql" }): SqlConnection;
export function connection<C extends BaseConnection<any>>(name: string, options: ConnectionOptions & { type: ConnectionClass<C> }): C;
export function connection(name: string, options: ConnectionOptions = {}): BaseConnection<unknown> {
  takeSite();
  if (typeof name !== "string" || name === "") throw invalidOption("connection", "name", "the connection's name (its [connections.<name>] section in the secrets)", name);
  if (typeof options !== "object" || options === null) throw invalidOption("connection", "options", "an object of options", options);
  const { type, ttl, maxEntries, ...rest } = options;
  const chosen = connectionClass(name, type);
  const settings = cacheSettings("cacheResource", { ttl, maxEntries, showSpinner: "Running `st.connection(...)`." }, "st.connection", true);
  // One cache per ttl and bound, as Streamlit makes one per (ttl, max_entries).
  const cache = functionCache("cacheResource", `${CONNECTIONS}${settings.ttlMs}\u0000${settings.maxEntries}`);
  cache.maxEntries = settings.maxEntries;
  // A connection the cache lets go of (expired, evicted, cleared) closes its client.
  cache.release = (made) => (made as BaseConnection<unknown>).reset();
  const make = cachedFunction((_name: string, _type: unknown, _options: unknown, _class: ConnectionClass) => new _class(name, rest), {
    policy: RESOURCE,
    cache,
    settings,
    // The class is keyed by its source (a class is a function); its instances by name and options.
    key: { api: "cacheResource", name: "st.connection", params: ["name", "type", "options", "_class"], hashFuncs: undefined },
  });
  return make(name, typeof type === "string" || type === undefined ? (type ?? "") : type, rest, chosen);
}

function connectionClass(name: string, given: ConnectionOptions["type"]): ConnectionClass {
  const type = given ?? (secretSection(name).type as string | undefined) ?? (connectionType(name) !== undefined ? name : undefined);
  if (type === undefined) throw new RivuletAPIError("connection_type_missing", { name });
  if (typeof type === "string") {
    const registered = connectionType(type);
    if (registered === undefined) throw new RivuletAPIError("invalid_connection_type", { type, supported: knownConnectionTypes().join(", ") || "none where this app runs" });
    return registered;
  }
  if (typeof type !== "function" || !(type.prototype instanceof BaseConnection)) {
    throw new RivuletAPIError("not_a_connection_class", { type: typeof type === "function" ? type.name || "this class" : String(type) });
  }
  return type as ConnectionClass;
}
