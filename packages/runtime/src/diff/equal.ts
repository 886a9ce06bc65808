/** Structural equality of two JSON-like values (element nodes are small plain objects). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  // for-in rather than Object.keys: a rerun compares every node it writes, and the key arrays
  // were most of what that comparison allocated. Nodes are plain objects: no inherited keys.
  let count = 0;
  for (const k in a) {
    const av = (a as Record<string, unknown>)[k];
    // A key set to undefined on one side only is a difference too.
    if (av === undefined ? !(k in b) || (b as Record<string, unknown>)[k] !== undefined : !jsonEqual(av, (b as Record<string, unknown>)[k])) return false;
    count++;
  }
  for (const _ in b) count--;
  return count === 0;
}
