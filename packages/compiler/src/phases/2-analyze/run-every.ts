// The `runEvery` grammar of st.fragment is the runtime's own (`durationSeconds`, which st.cacheData's
// `ttl` reads too): a script the compiler lets through does not raise at run time, and the reverse.
import { durationSeconds } from "@rivulet/runtime/duration";

export function isValidRunEvery(value: number | string): boolean {
  return durationSeconds(value) !== null;
}
