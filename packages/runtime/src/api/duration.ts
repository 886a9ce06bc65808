// Durations as Streamlit takes them (a fragment's `runEvery`, a cache's `ttl`): seconds as a
// number, or a string of one or more amounts with units ("500ms", "2s", "1h 30m", "1 day"),
// as pandas' Timedelta reads Streamlit's strings.

const PART = /(\d+(?:\.\d+)?)\s*(ms|milliseconds?|s|sec|seconds?|m|min|minutes?|h|hours?|d|days?|w|weeks?)?\s*/gy;
const UNIT_SECONDS: Record<string, number> = { ms: 0.001, s: 1, m: 60, h: 3600, d: 86400, w: 604800 };

/** Seconds, or null when `value` is not a positive, finite duration. */
export function durationSeconds(value: number | string): number | null {
  if (typeof value === "number") return value > 0 && Number.isFinite(value) ? value : null;
  const text = value.trim();
  if (text === "") return null;
  let seconds = 0;
  PART.lastIndex = 0;
  while (PART.lastIndex < text.length) {
    const start = PART.lastIndex;
    const match = PART.exec(text);
    if (match === null || PART.lastIndex === start) return null;
    seconds += Number(match[1]) * UNIT_SECONDS[unitOf(match[2])]!;
  }
  return seconds > 0 && Number.isFinite(seconds) ? seconds : null;
}

function unitOf(unit: string | undefined): string {
  if (unit === undefined) return "s";
  if (unit === "ms" || unit.startsWith("milli")) return "ms";
  return unit[0]!;
}
