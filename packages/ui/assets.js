import { fileURLToPath } from "node:url";

/** Absolute path (with a trailing slash) of the built page: index.html and assets/. */
export const uiDistDir = fileURLToPath(new URL("./dist/", import.meta.url));
