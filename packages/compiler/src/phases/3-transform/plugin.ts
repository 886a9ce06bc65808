// The Babel plugin: everything happens in one `Program` exit visitor, after
// @babel/plugin-transform-typescript has stripped the types (Babel merges the visitors of
// plugins, so ours must not rely on running interleaved with it).
import type { PluginObject } from "@babel/core";
import type { TransformState } from "./state.ts";
import { freeRunHandle } from "./free-run-handle.ts";
import { Program, visitors } from "./visitors/index.ts";

export function rivuletPlugin(state: TransformState): () => PluginObject {
  return () => ({
    name: "rivulet",
    visitor: {
      Program: {
        exit(path) {
          if (state.mentionsRunHandle) freeRunHandle(path);
          path.traverse(visitors, state);
          Program(path);
        },
      },
    },
  });
}
