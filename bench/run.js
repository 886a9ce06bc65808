// `npm run bench`: every benchmark, one after another. The server benchmarks take the
// durations the figures are quoted for (a 60 s load, a 10 min soak); BENCH_LOAD_SECONDS and
// BENCH_SOAK_MINUTES shorten them.
await import("./interactions.js");
await import("./interrupt.js");
await import("./catalogue.js");
await import("./dataframe.js");
await import("./uploads.js");
await import("./cache.js");
await import("./modules.js");
await import("./compiler.js");
await import("./runtime-load.js");
await import("./playground.js");
await import("./server/faults.js");
await import("./server/load.js");
await import("./server/soak.js");
