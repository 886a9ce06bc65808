// The packages that must be one module instance for the host and the user's script: a script
// that imported a second copy would be served by a runtime no host drives. Hosts answer these
// specifiers with the files they import themselves, wherever the script lives.

/** Every specifier of ours a script may import, listed exactly (Vite matches them without resolving). */
export const OWN_SPECIFIERS = [
  "rivulet",
  // The data support, which the compiler imports into a module that writes data.
  "rivulet/data",
  "rivulet/testing",
  "rivulet/internal",
  "@rivulet/runtime",
  "@rivulet/runtime/internal",
  "@rivulet/runtime/protocol",
  "@rivulet/runtime/st",
  "@rivulet/runtime/data",
] as const;

export function isOwnSpecifier(id: string): boolean {
  return (OWN_SPECIFIERS as readonly string[]).includes(id);
}
