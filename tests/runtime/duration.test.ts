// Durations as st.cacheData's ttl and st.fragment's runEvery take them (api/duration.ts):
// seconds, or amounts with units, short or long, one or several.
import { expect, test } from "vitest";
import { durationSeconds } from "../../packages/runtime/dist/api/duration.js";

test.each([
  [30, 30],
  ["500ms", 0.5],
  ["2s", 2],
  ["1.5m", 90],
  ["10 min", 600],
  ["10 mins", 600],
  ["2 hours", 7200],
  ["2 hrs", 7200],
  ["30 seconds", 30],
  ["1 day", 86400],
  ["1 week", 604800],
  ["1h 30m", 5400],
  ["5m30s", 330],
  ["2S", 2],
] as const)("%j is %d seconds", (value, seconds) => {
  expect(durationSeconds(value)).toBe(seconds);
});

test.each(["", "abc", "1 dayz", "0", "0s", "-1s", "1e3", "s", 0, -1, Infinity, NaN])("%j is not a duration", (value) => {
  expect(durationSeconds(value as string | number)).toBeNull();
});
