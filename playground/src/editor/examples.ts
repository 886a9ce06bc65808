// The examples' sources, bundled with the editor page (a few KB).
import { EXAMPLE_FILES } from "./exampleFiles.ts";

const sources = import.meta.glob("../../../examples/*.ts", { query: "?raw", import: "default", eager: true }) as Record<string, string>;

export interface Example {
  title: string;
  source: string;
}

export const EXAMPLES: Example[] = EXAMPLE_FILES.map(([file, title]) => {
  const source = sources[`../../../examples/${file}`];
  if (source === undefined) throw new Error(`examples/${file} is missing`);
  return { title, source };
});
