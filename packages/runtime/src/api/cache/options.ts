// The options of st.cacheData and st.cacheResource, checked once per call of either (each run
// makes its cached function anew) and read by the cached function's calls.

import { invalidOption, oneOf } from "../../errors/invalidOption.ts";
import { durationSeconds } from "../duration.ts";
import type { HashFuncs } from "./argumentKey.ts";

export type CacheApi = "cacheData" | "cacheResource";

interface CommonOptions {
  /** How long an entry lives: seconds, or a duration such as "1h" or "10m"; forever when absent. */
  ttl?: number | string | null;
  /** At most this many entries: the least recently used goes first. Unbounded when absent. */
  maxEntries?: number | null;
  /** Show a spinner while the function computes: true (the default: "Running `load(...)`."), false, or the text. */
  showSpinner?: boolean | string;
  /** What stands for a value of a class in the key, by class (a Map) or by class name: Streamlit's `hash_funcs`. */
  hashFuncs?: HashFuncs;
}

export interface CacheDataOptions extends CommonOptions {
  /** "disk" keeps the entries across restarts of the server (Streamlit's `persist`). */
  persist?: "disk" | boolean | null;
}

export interface CacheResourceOptions<T = any> extends CommonOptions {
  /** Called with the cached value on every hit: false makes it compute anew. */
  validate?: ((value: T) => boolean) | null;
  /** Called with a value the cache lets go of (expired, evicted or cleared): close a connection here. */
  onRelease?: ((value: T) => void) | null;
}

/** What a cached function's calls need of its options. */
export interface CacheSettings {
  ttlMs: number;
  maxEntries: number;
  spinner: string | false;
  hashFuncs: HashFuncs | undefined;
  persist: boolean;
  validate: ((value: unknown) => unknown) | undefined;
  onRelease: ((value: unknown) => unknown) | undefined;
}

export function cacheSettings(api: CacheApi, options: CacheDataOptions & CacheResourceOptions, name: string, hasArgs: boolean): CacheSettings {
  if (typeof options !== "object" || options === null) throw invalidOption(api, "options", "an object of options", options);
  return {
    ttlMs: ttlOf(api, options.ttl),
    maxEntries: maxEntriesOf(api, options.maxEntries),
    spinner: spinnerOf(api, options.showSpinner, name, hasArgs),
    hashFuncs: hashFuncsOf(api, options.hashFuncs),
    persist: persistOf(api, options.persist),
    validate: functionOption(api, "validate", options.validate),
    onRelease: functionOption(api, "onRelease", options.onRelease),
  };
}

function ttlOf(api: CacheApi, ttl: unknown): number {
  if (ttl === undefined || ttl === null) return Infinity;
  const seconds = typeof ttl === "number" || typeof ttl === "string" ? durationSeconds(ttl) : null;
  if (seconds === null) throw invalidOption(api, "ttl", 'seconds (a positive number) or a duration such as "1h" or "10m"', ttl);
  return seconds * 1000;
}

function maxEntriesOf(api: CacheApi, maxEntries: unknown): number {
  if (maxEntries === undefined || maxEntries === null) return Infinity;
  if (typeof maxEntries !== "number" || !Number.isInteger(maxEntries) || maxEntries < 1) throw invalidOption(api, "maxEntries", "a positive integer", maxEntries);
  return maxEntries;
}

/** Streamlit's message: "Running `name(...)`.", or "Running `name()`." for a function of no arguments. */
function spinnerOf(api: CacheApi, showSpinner: unknown, name: string, hasArgs: boolean): string | false {
  if (showSpinner === undefined || showSpinner === true) return `Running \`${name}(${hasArgs ? "..." : ""})\`.`;
  if (showSpinner === false) return false;
  if (typeof showSpinner === "string") return showSpinner;
  throw invalidOption(api, "showSpinner", "true, false or the spinner's text", showSpinner);
}

function hashFuncsOf(api: CacheApi, hashFuncs: unknown): HashFuncs | undefined {
  if (hashFuncs === undefined || hashFuncs === null) return undefined;
  const values = hashFuncs instanceof Map ? [...hashFuncs.values()] : typeof hashFuncs === "object" ? Object.values(hashFuncs) : null;
  if (values === null || values.some((f) => typeof f !== "function")) {
    throw invalidOption(api, "hashFuncs", "a Map from a class to a function, or an object from a class name to a function", hashFuncs);
  }
  return hashFuncs as HashFuncs;
}

function persistOf(api: CacheApi, persist: unknown): boolean {
  if (persist === undefined || persist === null || persist === false) return false;
  if (api === "cacheData" && (persist === "disk" || persist === true)) return true;
  throw invalidOption(api, "persist", api === "cacheData" ? oneOf(["disk"]) + ", true or false" : "nothing: st.cacheResource keeps its values in memory", persist);
}

function functionOption(api: CacheApi, option: "validate" | "onRelease", value: unknown): ((value: unknown) => unknown) | undefined {
  if (value === undefined || value === null) return undefined;
  if (api !== "cacheResource" || typeof value !== "function") throw invalidOption(api, option, api === "cacheResource" ? "a function" : "nothing: it is an option of st.cacheResource", value);
  return value as (value: unknown) => unknown;
}
