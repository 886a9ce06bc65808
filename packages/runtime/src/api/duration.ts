// Durations as Streamlit takes them (a fragment's `runEvery`, a cache's `ttl`): seconds as a
// number, or a string of one or more amounts with units ("500ms", "2s", "1h 30m", "1 day"),
// as pandas' Timedelta reads Streamlit's strings.

// Longer units first, and a unit ends where its word does ("10 min" is not "10 m" + "in").
const PART = /(\d+(?:\.\d+)?)\s*(milliseconds?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w)?(?![a-z])\s*/giy;
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

function unitOf(given: string | undefined): string {
  if (given === undefined) return "s";
  const unit = given.toLowerCase();
  if (unit === "ms" || unit.startsWith("milli")) return "ms";
  return unit[0]!;
}
