// A script in a URL and in local storage: shared links carry the code compressed in the hash
// (`#code=…`, deflate by the browser's own CompressionStream, in base64url), so opening one
// restores it with no server; the last edit is kept in local storage for the next visit.

const HASH_KEY = "code";
const STORAGE_KEY = "rivulet.playground.script";

export async function encodeScript(source: string): Promise<string> {
  const compressed = await new Response(new Blob([source]).stream().pipeThrough(new CompressionStream("deflate-raw"))).arrayBuffer();
  let binary = "";
  for (const byte of new Uint8Array(compressed)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

export async function decodeScript(encoded: string): Promise<string> {
  const binary = atob(encoded.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  return new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"))).text();
}

/** The link that opens the playground with `source`. */
export async function shareUrl(source: string, page: string = location.href): Promise<string> {
  const url = new URL(page);
  url.hash = `${HASH_KEY}=${await encodeScript(source)}`;
  return url.href;
}

/** The script a link carries, or null (no code in it, or code that does not decode: said on the console). */
export async function scriptFromHash(hash: string = location.hash): Promise<string | null> {
  const encoded = new URLSearchParams(hash.replace(/^#/, "")).get(HASH_KEY);
  if (encoded === null) return null;
  try {
    return await decodeScript(encoded);
  } catch (error) {
    console.warn("[rivulet] the link's code could not be read; the last script is shown instead", error);
    return null;
  }
}

export function savedScript(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage can be off (a private window's policy): the playground works without it.
    return null;
  }
}

export function saveScript(source: string): void {
  try {
    localStorage.setItem(STORAGE_KEY, source);
  } catch {
    // Full or off: the script stays in the editor, and a share link still carries it.
  }
}
