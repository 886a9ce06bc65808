// How errors and refusals show a value they name: short, and total (a value JSON cannot show, a
// getter that throws, still gives words).

/** A few words for a value in an error message: `"abc"`, `42`, `a string of 7,000,000 characters`, `a list of 3 values`. */
export function describeValue(value: unknown): string {
  try {
    if (typeof value === "string") {
      return value.length <= 40 ? JSON.stringify(value) : `a string of ${value.length.toLocaleString("en-US")} characters`;
    }
    if (value === null || typeof value === "number" || typeof value === "boolean") return String(value);
    if (value === undefined) return "undefined";
    if (typeof value === "bigint") return `${value}n`;
    if (value instanceof Date) return Number.isNaN(value.getTime()) ? "an invalid Date" : `the Date ${value.toISOString()}`;
    if (Array.isArray(value)) return `a list of ${value.length.toLocaleString("en-US")} value${value.length === 1 ? "" : "s"}`;
    if (typeof value === "object") return "an object";
    return `a ${typeof value}`;
  } catch {
    return "a value that cannot be shown";
  }
}
