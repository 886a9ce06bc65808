// TypeScript that parses but that an ES module cannot hold, as Babel compiles TypeScript:
// `import x = require(...)` and `export = x` (CommonJS), and a namespace's exported `let` or
// `var` (Babel's namespaces export constants only). Each is an `unsupported_syntax` error.
// Only the program's body and namespace bodies can hold them: no walk of the whole tree.
import type * as t from "@babel/types";
import type { Diagnostic } from "@rivulet/runtime/protocol";
import { d } from "../../diagnostics/index.ts";

export function findUnsupported(ast: t.File, file: string, source: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  const report = (node: t.Node, construct: string, instead: string) => {
    const { start, end } = node.loc!;
    found.push(d.unsupported_syntax({ file, source, start, end }, { construct, instead }));
  };
  const bodies: t.Statement[][] = [ast.program.body];
  for (let body = bodies.pop(); body !== undefined; body = bodies.pop()) {
    for (const stmt of body) {
      const node = stmt.type === "ExportNamedDeclaration" && stmt.declaration ? stmt.declaration : stmt;
      if (node.type === "TSImportEqualsDeclaration" && node.importKind !== "type" && node.moduleReference.type === "TSExternalModuleReference") {
        report(stmt, "`import x = require(...)`", `write \`import ${node.id.name} from "${node.moduleReference.expression.value}"\``);
      } else if (node.type === "TSExportAssignment") {
        report(stmt, "`export = ...`", "an app script exports nothing: drop it, or write `export default`");
      } else if (node.type === "TSModuleDeclaration" && node.declare !== true && node.body.type === "TSModuleBlock") {
        for (const inner of node.body.body) {
          if (inner.type === "ExportNamedDeclaration" && inner.declaration?.type === "VariableDeclaration" && inner.declaration.kind !== "const") {
            report(inner, `A namespace's exported \`${inner.declaration.kind}\``, "export a `const` (an object, to hold what changes)");
          }
        }
        bodies.push(node.body.body);
      }
    }
  }
  return found;
}
