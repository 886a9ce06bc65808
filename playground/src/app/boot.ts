// The app page's entry: it starts the session's worker first (its ~450 KB of runtime load and
// compile beside the page's own scripts, not after them), then loads the page.
export const firstWorker = new Worker(new URL("./session.worker.ts", import.meta.url), { type: "module" });
void import("./main.ts");
