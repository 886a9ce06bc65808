declare module "virtual:rivulet-examples" {
  export interface Example {
    title: string;
    source: string;
    /** The example compiled as the compiler's worker compiles it. */
    code: string;
  }
  export const EXAMPLES: Example[];
}
