// The app page's entry: it starts the session's worker first (the runtime loads and compiles
// beside the page's own scripts, not after them), then loads the page.

/** A worker for the app's session (this file names it once, for the bundler). */
export const sessionWorker = (): Worker => new Worker(new URL("./session.worker.ts", import.meta.url), { type: "module" });

export const firstWorker = sessionWorker();
void import("./main.ts");
