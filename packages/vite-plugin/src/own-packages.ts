// The packages that must be one module instance for the plugin and the user's script: the
// runtime keeps the current run in module state, so a script that imported a second copy of
// `rivulet` would find no run. Scripts get them as externals, resolved from this plugin.

import { isOwnSpecifier } from "@rivulet/server";

export { isOwnSpecifier, OWN_SPECIFIERS } from "@rivulet/server";

/**
 * The file URL this plugin's own `import(id)` loads, or undefined when `id` is not ours or
 * cannot be resolved from here (then the project's own resolution applies).
 */
export function resolveOwnSpecifier(id: string): string | undefined {
  if (!isOwnSpecifier(id)) return undefined;
  try {
    return import.meta.resolve(id);
  } catch {
    return undefined;
  }
}
