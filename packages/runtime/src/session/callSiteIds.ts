// The ids a session's call sites get. Every run asks again for the id of every widget, fragment
// and dialog it writes: one lookup by the call's identity hash gives it, the n-th call of an
// execution with the same identity getting the n-th id, each made once for the session's life.

import { hashId, idOf } from "./hashId.ts";

/** More distinct identities than this (labels made anew each run), and the session forgets them. */
const LIMIT = 50_000;

interface Occurrences {
  /** The execution that counted `count`: another one counts from 0. */
  execId: number;
  count: number;
  /** The id of each occurrence, once asked for. */
  readonly ids: string[];
}

export class CallSiteIds {
  private readonly seen = new Map<number, Occurrences>();

  /**
   * An execution starts. Forgetting only here, between executions, keeps the counts of the
   * running one: were they forgotten midway, two of its calls could get the same id.
   */
  begin(): void {
    if (this.seen.size > LIMIT) this.seen.clear();
  }

  /** The id of the next call with identity `hash` (identityHash) in execution `execId`. */
  next(execId: number, hash: number): string {
    let entry = this.seen.get(hash);
    if (entry === undefined) this.seen.set(hash, (entry = { execId, count: 0, ids: [] }));
    else if (entry.execId !== execId) {
      entry.execId = execId;
      entry.count = 0;
    }
    const n = entry.count++;
    return (entry.ids[n] ??= n === 0 ? idOf(hash) : hashId(`${idOf(hash)}#${n}`));
  }
}
