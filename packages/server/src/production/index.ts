// `@rivulet/server/production`: what a built app runs (bundled into its dist/server/), and what
// `rivulet serve` and `vite preview` use. No compiler here: a production server compiles nothing.
export { DIST, MANIFEST_VERSION, type Manifest } from "./layout.ts";
export { main, parseOptions, SERVE_HELP } from "./main.ts";
export { createAppServer, startServer, type AppServer, type AppServerOptions, type RunningServer, type ServeOptions } from "./server.ts";
export { createLogger, type LogFormat, type Logger } from "./log.ts";
export { contentTypeOf } from "./staticFiles.ts";
