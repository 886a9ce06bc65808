// What st.cacheData and st.cacheResource return: the function, cached. A call looks its
// arguments' key up in the function's cache; a hit writes again what the function wrote when it
// computed (tree/recording.ts) and returns the value (st.cacheData: a copy of it), a miss runs the
// function with a spinner and what it writes recorded, and keeps the result. An async function's
// callers of one key share one computation; a failure is not kept.

import { RivuletAPIError } from "../../errors/RivuletAPIError.ts";
import { getCurrent } from "../../session/context.ts";
import { isControlSignal } from "../../session/signals.ts";
import type { Execution } from "../../session/execution.ts";
import type { LiveBlock } from "../../tree/live.ts";
import { Recording, replay, type Replayable } from "../../tree/recording.ts";
import { spinWhile } from "../elements/spinWhile.ts";
import { argumentKey, type KeySpec } from "./argumentKey.ts";
import { invalidOption } from "../../errors/invalidOption.ts";
import { takeSite } from "../../session/context.ts";
import { nameAndParams } from "./cacheInfo.ts";
import { clearFunction, functionCache } from "./caches.ts";
import type { CacheEntry, FunctionCache } from "./functionCache.ts";
import { cacheSettings, type CacheApi, type CacheDataOptions, type CacheResourceOptions, type CacheSettings } from "./options.ts";
import { sharedDataCache, type SharedDataCache, type SharedLimits } from "./shared.ts";

/** How one of the two caches keeps and hands out values. */
export interface CachePolicy {
  api: CacheApi;
  /** What the cache keeps of a computed value (st.cacheData: its copy, checked). */
  stored(value: unknown, fn: string): unknown;
  /** What a hit hands out (st.cacheData: a copy each time). */
  handed(stored: unknown): unknown;
  /** Its entries are shared with the host's other threads (./shared.ts): st.cacheData's. */
  shared: boolean;
}

export interface CachedFunctionSpec {
  policy: CachePolicy;
  cache: FunctionCache;
  settings: CacheSettings;
  key: KeySpec;
}

/** The cached function's own `clear`: every entry, or the entry of these arguments. */
export interface Clearable<A extends unknown[]> {
  clear(...args: A | []): void;
}

/**
 * st.cacheData's and st.cacheResource's common part: the function's cache (by its call site and
 * source), its settings from the options, and the cached function. `info`: what the compiler
 * passes (./cacheInfo.ts).
 */
export function makeCached<F extends (...args: any[]) => any>(policy: CachePolicy, fn: F, options: CacheDataOptions & CacheResourceOptions, info: unknown): F & Clearable<Parameters<F>> {
  const site = takeSite();
  const { api } = policy;
  if (typeof fn !== "function") throw invalidOption(api, "fn", "the function to cache", fn);
  const { name, params } = nameAndParams(fn, info);
  const settings = cacheSettings(api, options, name, fn.length > 0 || (params?.length ?? 0) > 0);
  const cache = functionCache(api, `${site}\u0000${Function.prototype.toString.call(fn)}`);
  cache.maxEntries = settings.maxEntries;
  cache.release = settings.onRelease;
  cache.trim();
  return cachedFunction(fn, { policy, cache, settings, key: { api, name, params, hashFuncs: settings.hashFuncs } }) as F & Clearable<Parameters<F>>;
}

export function cachedFunction<A extends unknown[], R>(fn: (...args: A) => R, spec: CachedFunctionSpec): ((...args: A) => R) & Clearable<A> {
  const { cache, key, policy } = spec;
  const cached = (...args: A): R => call(fn, args, spec);
  return Object.assign(cached, {
    clear(...args: A | []): void {
      clearFunction(policy.api, cache, args.length === 0 ? null : argumentKey(args, key));
    },
  });
}

function call<A extends unknown[], R>(fn: (...args: A) => R, args: A, spec: CachedFunctionSpec): R {
  const { cache, settings } = spec;
  const valueKey = argumentKey(args, spec.key);
  const exec = liveExecution();
  const place = exec === null ? null : { exec, base: exec.container, spinner: spinnerPlace(exec, settings.spinner) };
  const found = cache.get(valueKey, Date.now());
  if (found !== undefined && (settings.validate === undefined || settings.validate(found.value))) {
    return hit(found, place, spec) as R;
  }
  if (found !== undefined) cache.delete(valueKey);
  const computing = cache.computing.get(valueKey);
  if (computing !== undefined) {
    return computing.then(
      (entry) => hit({ ...entry, async: false }, place, spec),
      // The run computing it was halted (a rerun): not a failure of the function, so this caller's run computes it.
      (error: unknown) => (isControlSignal(error) ? call(fn, args, spec) : Promise.reject(error)),
    ) as R;
  }
  const miss = (): R => missed(fn, args, valueKey, place, spec);
  return place?.spinner == null ? miss() : spinning(place.exec, place.spinner, settings.spinner as string, miss);
}

/**
 * Not on this thread: another thread's (or the disk's) entry when the cache is shared, else
 * computed here, once (another thread computing it is waited for).
 */
function missed<A extends unknown[], R>(fn: (...args: A) => R, args: A, valueKey: string, place: CallPlace | null, spec: CachedFunctionSpec): R {
  const { cache, settings } = spec;
  const shared = spec.policy.shared ? sharedDataCache() : null;
  if (shared === null) return compute(fn, args, valueKey, place, spec, null);
  const limits: SharedLimits = { ttlMs: settings.ttlMs, maxEntries: settings.maxEntries, persist: settings.persist };
  const exec = place?.exec ?? null;
  // A synchronous function's caller cannot await another thread: it waits, serving the thread's other sessions.
  const wait = isAsyncFunction(fn) ? null : () => exec?.session.checkpoint();
  const answer = shared.lookup(cache.id, valueKey, limits, wait);
  switch (answer.kind) {
    case "hit":
      cache.set(valueKey, answer.entry);
      return hit(answer.entry, place, spec) as R;
    case "compute":
      return compute(fn, args, valueKey, place, spec, shared);
    case "elsewhere":
      // Its failure there is not this caller's: the claim passes here, and it is computed here.
      return shared.settled(cache.id, valueKey, limits).then((later) => {
        if (later.kind !== "hit") return compute(fn, args, valueKey, place, spec, shared);
        cache.set(valueKey, later.entry);
        return hit(later.entry, place, spec);
      }) as R;
  }
}

function isAsyncFunction(fn: unknown): boolean {
  return Object.prototype.toString.call(fn) === "[object AsyncFunction]";
}

/** Where the call is made: the run, the block it writes to, and the spinner's place. */
interface CallPlace {
  exec: Execution;
  base: LiveBlock;
  spinner: LiveBlock | null;
}

/** The run whose code called the cached function, if one did (a module's top level has none). */
function liveExecution(): Execution | null {
  const exec = getCurrent();
  return exec === null || exec.ended ? null : exec;
}

function hit(entry: CacheEntry, place: CallPlace | null, spec: CachedFunctionSpec): unknown {
  if (place !== null && !place.exec.ended) writeAgain(entry.written, place, spec);
  const value = spec.policy.handed(entry.value);
  return entry.async ? Promise.resolve(value) : value;
}

function writeAgain(written: Replayable, place: CallPlace, spec: CachedFunctionSpec): void {
  if (written.ops.length === 0 && !written.closure) return;
  if (!replay(written, place.exec.writer, place.base, place.exec.session.roots)) {
    throw new RivuletAPIError("cache_replay_closure", { fn: spec.key.name, api: spec.policy.api });
  }
}

/** Runs the function, recording what it writes, and keeps what it returns (`shared`: this thread holds the claim). */
function compute<A extends unknown[], R>(fn: (...args: A) => R, args: A, valueKey: string, place: CallPlace | null, spec: CachedFunctionSpec, shared: SharedDataCache | null): R {
  const { cache, policy, settings } = spec;
  const exec = place?.exec ?? null;
  const recording = exec === null ? null : new Recording(exec.container, exec.session.roots);
  const limits: SharedLimits = { ttlMs: settings.ttlMs, maxEntries: settings.maxEntries, persist: settings.persist };
  const keep = (entry: CacheEntry): void => {
    cache.set(valueKey, entry);
    shared?.publish(cache.id, valueKey, entry, limits);
  };
  let result: R;
  try {
    result = recording === null ? fn(...args) : exec!.recorded(recording, () => fn(...args));
  } catch (error) {
    shared?.abandon(cache.id, valueKey);
    throw error;
  }
  const entryOf = (value: unknown): CacheEntry => ({
    value: policy.stored(value, spec.key.name),
    async: result instanceof Promise,
    written: recording === null ? { ops: [], closure: false } : { ops: recording.ops, closure: recording.closure },
    expires: Date.now() + settings.ttlMs,
  });
  if (!(result instanceof Promise)) {
    let entry: CacheEntry;
    try {
      entry = entryOf(result);
    } catch (error) {
      shared?.abandon(cache.id, valueKey);
      throw error;
    }
    keep(entry);
    return result;
  }
  const entry = result.then(
    (value) => {
      recording?.stop();
      return entryOf(value);
    },
    (error: unknown) => {
      recording?.stop();
      throw error;
    },
  );
  cache.computing.set(valueKey, entry);
  // Kept once computed; a failure is not kept (the next call computes again).
  entry
    .then(
      (done) => {
        if (cache.computing.get(valueKey) === entry) keep(done);
      },
      () => shared?.abandon(cache.id, valueKey),
    )
    .finally(() => {
      if (cache.computing.get(valueKey) === entry) cache.computing.delete(valueKey);
    });
  // The first caller gets the value it computed; a value the cache refuses rejects it too.
  return entry.then(() => result) as R;
}

/**
 * Streamlit's cache spinner takes a place on every call, hit or miss, so that what follows keeps
 * its place whichever it was; it holds the spinner only while the function computes.
 */
function spinnerPlace(exec: Execution, text: string | false): LiveBlock | null {
  return text === false ? null : exec.writer.writeBlock(exec.container, { block: "empty" });
}

function spinning<R>(exec: Execution, place: LiveBlock, text: string, body: () => R): R {
  return spinWhile(exec, place, { kind: "spinner", text }, body);
}
