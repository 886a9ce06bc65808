// A module that may write data (phases/2-analyze/data-writes.ts) imports the runtime's data
// support, Apache Arrow under st.dataframe and its kin: `import "rivulet/data";`, first in the
// module, so that it is loaded before the module runs. Added once every other visitor is done
// (the module's shape is made), its source through the caller's `rewriteImport` as any import's.
import * as t from "@babel/types";
import type { BabelPlugin } from "./babel-plugins.ts";

/** What the runtime's data support is imported as (packages/rivulet/src/data.ts). */
const DATA_SUPPORT = "rivulet/data";

export function dataSupportPlugin(rewriteImport: (source: string) => string): BabelPlugin {
  return () => ({
    name: "rivulet:data-support",
    visitor: {
      Program: {
        exit(path) {
          // On the node itself: a path's insertion would be visited again (and its source rewritten twice).
          path.node.body.unshift(t.importDeclaration([], t.stringLiteral(rewriteImport(DATA_SUPPORT))));
        },
      },
    },
  });
}
