// Widget and fragment ids cross the wire with every widget: a short hash of the call's identity
// keeps them small. 53 bits (cyrb53) make collisions negligible within one session. Sessions
// remember the ids they gave (CallSiteIds): each is hashed once.

/** The id for `text`. */
export function hashId(text: string): string {
  begin();
  feed(text);
  return idOf(finish());
}

/**
 * The hash of a call's identity, as a number: its scope (the fragment it is in, or the key's
 * domain), its site, its kind and label, and the parameters that make it what it is. Fed piece
 * by piece: a rerun hashes every widget it writes, and building each one's identity string
 * first was most of what a rerun of a thousand widgets did.
 */
export function identityHash(scope: string, site: string, kind: string, label: string, params: readonly unknown[] = []): number {
  begin();
  feed(scope);
  feedChar(SEPARATOR);
  feed(site);
  feedChar(SEPARATOR);
  feed(kind);
  feedChar(SEPARATOR);
  feed(label);
  for (let i = 0; i < params.length; i++) {
    feedChar(SEPARATOR);
    feedParam(params[i]);
  }
  return finish();
}

/** An identity hash as the id the wire carries. */
export function idOf(hash: number): string {
  return hash.toString(36);
}

/** Between the pieces of an identity: no label or site holds it. */
const SEPARATOR = 0;

/** A parameter: its type is part of it, so null, "" and undefined differ. */
function feedParam(value: unknown): void {
  if (value === undefined) return feedChar(0x75); // u
  if (value === null) return feedChar(0x6e); // n
  if (typeof value === "string") {
    feedChar(0x73); // s
    return feed(value);
  }
  feedChar(0x76); // v
  feed(String(value));
}

// cyrb53's state, fed in place: no object per hash.
let h1 = 0;
let h2 = 0;

function begin(): void {
  h1 = 0xdeadbeef;
  h2 = 0x41c6ce57;
}

function feed(text: string): void {
  for (let i = 0; i < text.length; i++) feedChar(text.charCodeAt(i));
}

function feedChar(c: number): void {
  h1 = Math.imul(h1 ^ c, 2654435761);
  h2 = Math.imul(h2 ^ c, 1597334677);
}

function finish(): number {
  const a = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  const b = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909);
  return 4294967296 * (2097151 & b) + (a >>> 0);
}
