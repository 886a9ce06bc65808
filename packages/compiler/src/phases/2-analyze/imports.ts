// Finds the bindings that refer to rivulet: the namespace import (`import * as st from
// "rivulet"`, under any local name) and named imports (`import { button as b } ...`).
import type { Binding, NodePath } from "@babel/traverse";
import type * as t from "@babel/types";
import { RIVULET_MODULE } from "./st-api.ts";

export interface RivuletImports {
  namespaces: Set<Binding>;
  /** Named import binding → the name rivulet exports. */
  named: Map<Binding, string>;
}

export function findRivuletImports(program: NodePath<t.Program>): RivuletImports {
  const imports: RivuletImports = { namespaces: new Set(), named: new Map() };
  for (const node of program.node.body) {
    if (node.type !== "ImportDeclaration" || node.source.value !== RIVULET_MODULE || node.importKind === "type") continue;
    for (const spec of node.specifiers) {
      const binding = program.scope.getBinding(spec.local.name);
      if (!binding) continue;
      if (spec.type === "ImportNamespaceSpecifier") imports.namespaces.add(binding);
      else if (spec.type === "ImportSpecifier" && spec.importKind !== "type") {
        const imported = spec.imported.type === "Identifier" ? spec.imported.name : spec.imported.value;
        imports.named.set(binding, imported);
      }
    }
  }
  return imports;
}
