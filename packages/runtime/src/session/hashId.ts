// Widget and fragment ids cross the wire with every widget: a short hash of the identity
// string keeps them small. 53 bits (cyrb53) make collisions negligible within one session.
export function hashId(text: string): string {
  let id = cache.get(text);
  if (id === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    id = cyrb53(text);
    cache.set(text, id);
  }
  return id;
}

// Every run asks again for the ids of every widget it renders: remember them.
const CACHE_LIMIT = 50_000;
const cache = new Map<string, string>();

function cyrb53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
