// A short tag of a module's file for its site ids: two modules of an app each have a
// `slider.0`, and a widget's identity (and a cached function's) includes its site.

/** FNV-1a of the path, in base 36: stable for a file, short in the compiled code. */
export function moduleTag(filename: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < filename.length; i++) {
    hash ^= filename.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}
