// Hosting sessions in Node: compiling and loading scripts, and running sessions on worker threads.
export { compileScript, type CompiledScript, type CompileScriptResult, type ScriptCompileOptions } from "./script/compileScript.ts";
export { importScript } from "./script/importScript.ts";
export { loadScript, type LoadResult } from "./script/loadScript.ts";
export { registerModuleHooks } from "./script/registerModuleHooks.ts";
export { isOwnSpecifier, OWN_SPECIFIERS } from "./script/ownSpecifiers.ts";
export { compileModeOf, isAppModuleFile, pagesFolderFiles, pagesFolderOf, resolveAppImport, scanImports, splitQuery } from "./script/appModules.ts";
export { isPagePath } from "./production/pagePath.ts";
export { installConnectionTypes } from "./connections/install.ts";
export { setProjectDir } from "./connections/project.ts";
export { SQLConnection } from "./connections/SQLConnection.ts";
export { loadSecrets, secretsFiles, exportSecretsToEnv, type SecretsLocations } from "./secrets/loadSecrets.ts";
export { WorkerPool, type LoadOutcome, type PoolOptions, type RemoteSession } from "./workers/WorkerPool.ts";
export type { LoadError, OpenOptions, ScriptSource, ThreadMemory } from "./workers/messages.ts";
export { toLoadError } from "./workers/loadError.ts";
export { SessionHub, type HubOptions } from "./transport/sessionHub.ts";
export { attachSocketServer, PAGE_GONE, PROTOCOL, RESUME_PREFIX, type SocketRequest, type SocketServerOptions } from "./transport/socketServer.ts";
export { accessRefusal, hostAllowed, type AccessPolicy } from "./transport/accessPolicy.ts";
export { DEFAULT_LIMITS, DEFAULT_TRANSPORT, resolveTransport, type Limits, type TransportOptions } from "./transport/options.ts";
