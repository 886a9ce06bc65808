// For compiled scripts and tools, not for users.
export type { RunHandle, RunFunction, ScriptModule } from "@rivulet/runtime";
// The `$rt` of an app's modules other than the entry (the compiler's library mode).
export { ambientHandle, folderNavigation, runHandle } from "@rivulet/runtime/internal";
