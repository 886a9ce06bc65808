// The `runEvery` grammar of st.fragment, as the runtime parses it (packages/runtime/src/api/
// fragment.ts, parseRunEvery; tests/compiler/run-every.test.ts keeps the two identical): seconds
// as a positive finite number, or a duration string `<number><unit>` with unit ms|s|m|h|d
// (seconds when absent) that comes to more than zero.
const DURATION = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$/;
const UNIT_SECONDS = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400 } as const;

export function isValidRunEvery(value: number | string): boolean {
  if (typeof value === "number") return value > 0 && Number.isFinite(value);
  const match = DURATION.exec(value);
  return match !== null && Number(match[1]) * UNIT_SECONDS[(match[2] ?? "s") as keyof typeof UNIT_SECONDS] > 0;
}
