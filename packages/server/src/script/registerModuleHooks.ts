// Registers ./moduleHooks.ts in this process, once: the app's modules imported without Vite
// (the entry's relative imports, theirs) are compiled as Vite's dev server compiles them.

import { register } from "node:module";

const REGISTERED = Symbol.for("rivulet.module-hooks");

export function registerModuleHooks(): void {
  const process_ = globalThis as { [REGISTERED]?: true };
  if (process_[REGISTERED]) return;
  process_[REGISTERED] = true;
  // The built hooks, even when this file runs from source (a test runner that inlines the
  // package): Node's hooks thread cannot load TypeScript.
  register(import.meta.resolve("@rivulet/server/module-hooks"));
  // Errors in the app's modules point at their lines (the hooks give each its source map).
  process.setSourceMapsEnabled(true);
}
