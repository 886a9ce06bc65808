// The modules a module imports, as written: static imports, `export ... from`, and `import()`
// of a literal. `rivulet check` follows them to the app's other modules.
import type * as t from "@babel/types";
import { walk } from "../../utils/walk.ts";

export function findModuleImports(program: t.Program): string[] {
  const sources = new Set<string>();
  for (const node of program.body) {
    if ((node.type === "ImportDeclaration" || node.type === "ExportAllDeclaration" || node.type === "ExportNamedDeclaration") && node.source) {
      if (!("importKind" in node && node.importKind === "type") && !("exportKind" in node && node.exportKind === "type")) sources.add(node.source.value);
    }
  }
  walk(program, null, (node) => {
    if (node.type === "ImportExpression" && node.source.type === "StringLiteral") sources.add(node.source.value);
    return null;
  });
  return [...sources];
}
