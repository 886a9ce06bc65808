// Finds every st call site and gives it a site id `<functionPath>/<method>.<ordinal>` (just
// `<method>.<ordinal>` at the top level), the ordinal counting calls of that method in that
// function in source order, after the module's tag in a library module (`<tag>:slider.0`). A magic write (a bare expression statement, ./magic.ts) is an
// st.write call site like any other.
import type { NodePath } from "@babel/traverse";
import type * as t from "@babel/types";
import type { StCall } from "./analysis.ts";
import { classifyCallee } from "./callee.ts";
import { FunctionPaths } from "./function-paths.ts";
import type { RivuletImports } from "./imports.ts";

export interface CallSites {
  calls: Map<t.CallExpression, StCall>;
  /** Magic writes → their st.write site ids. */
  magic: Map<t.ExpressionStatement, string>;
}

export function collectCallSites(program: NodePath<t.Program>, imports: RivuletImports, magicWrites: ReadonlySet<t.ExpressionStatement>, prefix = ""): CallSites {
  const calls = new Map<t.CallExpression, StCall>();
  const magic = new Map<t.ExpressionStatement, string>();
  // A function passed to an st call is named by the call's site, without the module's tag (the tag comes once, first).
  const functions = new FunctionPaths((node) => calls.get(node as t.CallExpression)?.site.slice(prefix.length));
  const ordinals = new Map<string, number>();
  const sites = new Set<string>();
  const siteOf = (path: NodePath, method: string): string => {
    const fn = functions.enclosing(path);
    const key = `${fn}\0${method}`;
    const ordinal = ordinals.get(key) ?? 0;
    ordinals.set(key, ordinal + 1);
    let site = `${prefix}${fn ? `${fn}/` : ""}${method}.${ordinal}`;
    for (let n = 2; sites.has(site); n++) site = `${site.replace(/~\d+$/, "")}~${n}`;
    sites.add(site);
    return site;
  };
  program.traverse({
    ExpressionStatement(path) {
      if (magicWrites.has(path.node)) magic.set(path.node, siteOf(path, "write"));
    },
    CallExpression(path) {
      const callee = classifyCallee(path, imports);
      if (!callee) return;
      const site = siteOf(path, callee.method);
      const target = callee.kind === "named" ? { kind: "namespace" as const } : callee.target;
      calls.set(path.node, { kind: callee.kind, method: callee.method, target, site, path });
    },
  });
  return { calls, magic };
}
