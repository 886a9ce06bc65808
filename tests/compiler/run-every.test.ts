// The compiler's invalid_run_every check and the runtime's parseRunEvery must accept exactly the
// same values: a script the compiler lets through must not raise at run time, and the reverse.
import { expect, test } from "vitest";
import { isValidRunEvery } from "../../packages/compiler/dist/phases/2-analyze/run-every.js";
import { parseRunEvery } from "../../packages/runtime/dist/api/fragment.js";

const values: (number | string)[] = [
  1, 0.5, 1.5, 0, -1, -0.5, Infinity, NaN,
  "2", "2s", "500ms", "1.5m", "1h", "1d", " 2 s ", "0", "0s", "0ms", "0.0001ms",
  "", "s", ".5s", "2 sec", "1 week", "2S", "-1s", "1e3", "2h30m", "1.s",
];

test.each(values)("runEvery %j: compiler and runtime agree", (value) => {
  let runtimeAccepts = true;
  try {
    parseRunEvery(value);
  } catch {
    runtimeAccepts = false;
  }
  expect(isValidRunEvery(value)).toBe(runtimeAccepts);
});
