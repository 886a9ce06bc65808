// For compiled scripts and tools, not for users.
export type { RunHandle, RunFunction, ScriptModule } from "@rivulet/runtime";
