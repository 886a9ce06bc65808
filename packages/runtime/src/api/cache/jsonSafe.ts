// Whether a value is plain JSON data (what JSON.stringify and JSON.parse give back unchanged):
// plain objects, arrays without holes, strings, finite numbers (not -0), booleans and null. Such
// data, the usual result of a query or a fetch, takes the fast ways of st.cacheData: its key is
// its JSON text and its copy a JSON.parse, both native and several times faster than a walk of
// our own or a structured clone.

export function isJsonSafe(root: unknown): boolean {
  const stack: unknown[] = [root];
  // A cycle is not JSON (and an object met twice would be two copies after a parse).
  const seen = new Set<object>();
  while (stack.length > 0) {
    const value = stack.pop();
    switch (typeof value) {
      case "string":
      case "boolean":
        continue;
      case "number":
        if (!Number.isFinite(value) || Object.is(value, -0)) return false;
        continue;
      case "object":
        break;
      default:
        return false;
    }
    if (value === null) continue;
    if (seen.has(value)) return false;
    seen.add(value);
    if (Array.isArray(value)) {
      if (Object.getPrototypeOf(value) !== Array.prototype) return false;
      for (let i = 0; i < value.length; i++) {
        const item: unknown = value[i];
        // A hole, or undefined, comes back as null.
        if (item === undefined) return false;
        stack.push(item);
      }
      continue;
    }
    if (Object.getPrototypeOf(value) !== Object.prototype) return false;
    for (const key of Object.keys(value)) {
      const item = (value as Record<string, unknown>)[key];
      if (item === undefined) return false;
      stack.push(item);
    }
  }
  return true;
}
