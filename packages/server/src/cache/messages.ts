// What a session worker and the main thread say about st.cacheData's shared entries (the
// runtime's SharedDataCache, packages/runtime/src/api/cache/shared.ts), on the worker's cache port.

import type { SharedEntry, SharedLimits, SharedLookup } from "@rivulet/runtime";

export type CacheRequest =
  /** `wait`: answer only "hit" or "compute" (the worker waits synchronously). */
  | { t: "lookup"; id: number; fn: string; key: string; limits: SharedLimits; wait: boolean }
  /** Answer when another thread's computation of the key is done. */
  | { t: "settled"; id: number; fn: string; key: string; limits: SharedLimits }
  | { t: "publish"; fn: string; key: string; entry: SharedEntry; limits: SharedLimits }
  | { t: "abandon"; fn: string; key: string }
  | { t: "clear"; fn: string | null; key: string | null };

export type CacheReply =
  | { t: "answer"; id: number; answer: SharedLookup }
  /** Another thread cleared these entries: forget them here too. */
  | { t: "forget"; fn: string | null; key: string | null };
