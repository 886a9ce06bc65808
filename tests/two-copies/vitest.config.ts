// A user's plain Vitest config: nothing about Rivulet (no `server.deps`), as a project that
// installed rivulet writes it. tests/build/plain-vitest.test.ts runs the test beside it.
import { defineConfig } from "vitest/config";

export default defineConfig({ test: { include: ["*.check.ts"] } });
