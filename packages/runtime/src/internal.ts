// What compiled scripts see of the runtime. The compiler emits calls to exactly these
// members (see docs/architecture.md, "How a script becomes a run function").
export type { RunFunction, RunHandle, ScriptModule } from "./session/compiledScript.ts";
