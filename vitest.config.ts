import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts", "packages/*/test/**/*.test.ts"],
    // Installs Debian's Chromium for the browser tests when it is missing and this user may.
    globalSetup: ["tests/setup/chromium.ts"],
    // Tests run against the built packages (`npm test` builds first), loaded by Node itself,
    // so a compiled script's `import "rivulet"` and the test's own import are one module instance.
    server: { deps: { external: [/\/packages\/[^/]+\/dist\//] } },
    testTimeout: 30_000,
    // What a browser test polls for often waits on a lazy chunk (Plotly's is 4.6 MB) parsed on a
    // loaded machine: up to 10 s, not the default 1 s (only how long it may take; nothing is timed).
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 60_000,
  },
});
