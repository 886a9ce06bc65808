// The runtime's folders are layers: each imports only from the layers below it, so nothing
// reaches back up (the st API above the session, the session above its state, down to the wire
// format), and no module takes part in an import cycle.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";
import { repoRoot } from "../e2e/helpers/paths.ts";

const src = path.join(repoRoot, "packages/runtime/src");
/**
 * Top first. `page` is what the page runs on the session's messages (it checks nodes with the
 * registry's schemas); `hosting` helps hosts, beside the API; `errors` are thrown from everywhere.
 */
const LAYERS = [["page"], ["elements"], ["api", "hosting"], ["session"], ["state"], ["tree"], ["diff"], ["wire"], ["errors"]];
const rank = new Map(LAYERS.flatMap((folders, i) => folders.map((folder) => [folder, i] as const)));

interface Import {
  from: string;
  to: string;
  typeOnly: boolean;
}

function imports(): Import[] {
  const files = readdirSync(src, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"));
  return files.flatMap((file) => {
    const text = readFileSync(path.join(src, file), "utf8");
    return [...text.matchAll(/^(import|export)\s+(type\s+)?(?:[^'"]*?\s+from\s+)?["'](\.[^"']+)["']/gm)].map((m) => ({
      from: file,
      to: path.relative(src, path.resolve(path.dirname(path.join(src, file)), m[3]!)),
      typeOnly: m[2] !== undefined,
    }));
  });
}

const layerOf = (file: string): string | undefined => (file.includes(path.sep) ? file.split(path.sep)[0] : undefined);

test("no folder imports from a folder above it, or from the package's entries, not even a type", () => {
  // The files at the root (index.ts, st.ts, internal.ts) are the package's entries, above every layer.
  const rankOf = (file: string) => {
    const layer = layerOf(file);
    return layer === undefined ? -1 : (rank.get(layer) ?? Infinity);
  };
  const backEdges = imports().filter(({ from, to }) => layerOf(from) !== layerOf(to) && rankOf(to) < rankOf(from));
  expect(backEdges.map((e) => `${e.from} -> ${e.to}`)).toEqual([]);
  for (const folder of readdirSync(src, { withFileTypes: true }).filter((e) => e.isDirectory())) {
    expect(rank.has(folder.name), `the folder ${folder.name} has a layer`).toBe(true);
  }
});

test("no module is in a cycle of value imports", () => {
  const graph = new Map<string, string[]>();
  for (const { from, to, typeOnly } of imports()) if (!typeOnly) graph.set(from, [...(graph.get(from) ?? []), to]);
  const cycles: string[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (file: string, trail: string[]): void => {
    if (state.get(file) === "done") return;
    if (state.get(file) === "visiting") {
      cycles.push([...trail.slice(trail.indexOf(file)), file].join(" -> "));
      return;
    }
    state.set(file, "visiting");
    for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
    state.set(file, "done");
  };
  for (const file of graph.keys()) visit(file, []);
  expect(cycles).toEqual([]);
});
