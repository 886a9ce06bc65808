import { fileURLToPath } from "node:url";

/** The repository root. */
export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
/** The built CLI, as users run it. */
export const rivuletBin = fileURLToPath(new URL("../../../packages/rivulet/bin/rivulet.js", import.meta.url));
