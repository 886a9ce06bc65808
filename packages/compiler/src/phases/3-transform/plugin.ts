// The Babel plugin: our visitors run in one traversal (babel-plugins.ts), with
// @babel/plugin-transform-typescript's (listed before ours, so its visitor of a node runs first);
// the run-handle rename happens on entering the program, before any generated code names it,
// and the module's shape is made on leaving it, after every other visitor: a script's run
// function (visitors/Program.ts), or a library module's handles (library-module.ts).
import type { NodePath, Visitor } from "@babel/traverse";
import type { BabelPlugin } from "./babel-plugins.ts";
import type { TransformState } from "./state.ts";
import { freeRunHandle } from "./free-run-handle.ts";
import { libraryModule } from "./library-module.ts";
import { Program, visitors } from "./visitors/index.ts";

export function rivuletPlugin(state: TransformState): BabelPlugin {
  // A plugin's visitors are called with its pass object: ours get the transform's state.
  const bound: Visitor = {};
  for (const [type, visit] of Object.entries(visitors)) {
    (bound as Record<string, unknown>)[type] = (path: NodePath) => (visit as (path: NodePath, state: TransformState) => void)(path, state);
  }
  return () => ({
    name: "rivulet",
    visitor: {
      ...bound,
      Program: {
        enter(path) {
          if (state.mentionsRunHandle) freeRunHandle(path);
        },
        exit(path) {
          if (state.mode === "library") libraryModule(path, state);
          else Program(path, state);
        },
      },
    },
  });
}
