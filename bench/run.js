// `npm run bench`: every benchmark, one after another.
await import("./interactions.js");
await import("./interrupt.js");
