declare module "virtual:rivulet-examples" {
  export interface Example {
    title: string;
    source: string;
    /** The example compiled as the compiler's worker compiles it. */
    script: import("./messages.ts").CompiledScript;
  }
  export const EXAMPLES: Example[];
}

declare module "virtual:rivulet-completions" {
  export const ST_COMPLETIONS: import("../completionsModule.ts").StCompletion[];
}
