// Hosting sessions in Node: compiling and loading scripts, and running sessions on worker threads.
export { compileScript, type CompiledScript, type CompileScriptResult } from "./script/compileScript.ts";
export { importScript } from "./script/importScript.ts";
export { loadScript, type LoadResult } from "./script/loadScript.ts";
export { WorkerPool, type LoadOutcome, type PoolOptions, type RemoteSession } from "./workers/WorkerPool.ts";
export type { LoadError, OpenOptions, ScriptSource } from "./workers/messages.ts";
export { toLoadError } from "./workers/loadError.ts";
