// Names every function that contains st calls with a path that survives unrelated edits:
// its own name (`function foo`, `const foo = () => ...`, `{ foo() {} }`), the site id of the st
// call it is passed to (`st.fragment(() => ...)` → `fragment.0`; `onClick` of `button.1` →
// `button.1.onClick`), else `fn<k>`, the k-th anonymous function with st calls in its parent.
// Site ids are `<functionPath>/<method>.<ordinal>`, so these paths make them stable.
import type { NodePath } from "@babel/traverse";
import type * as t from "@babel/types";
import { propertyName } from "./unwrap.ts";

export class FunctionPaths {
  readonly #paths = new Map<t.Function, string>();
  readonly #used = new Set<string>();
  readonly #anonymous = new Map<string, number>();

  /** `siteOf` gives the site id of an st call already seen (calls are visited outer first). */
  constructor(private readonly siteOf: (call: t.Node) => string | undefined) {}

  /** The path of the function enclosing `path`, "" at the top level. */
  enclosing(path: NodePath): string {
    const fn = path.getFunctionParent();
    return fn ? this.of(fn) : "";
  }

  of(fn: NodePath<t.Function>): string {
    const known = this.#paths.get(fn.node);
    if (known !== undefined) return known;
    const parent = this.enclosing(fn);
    const absolute = this.#siteName(fn);
    let path = absolute ?? join(parent, this.#ownName(fn) ?? this.#nextAnonymous(parent));
    for (let n = 2; this.#used.has(path); n++) path = `${path.replace(/~\d+$/, "")}~${n}`;
    this.#used.add(path);
    this.#paths.set(fn.node, path);
    return path;
  }

  #siteName(fn: NodePath<t.Function>): string | undefined {
    const parent = fn.parentPath;
    if (parent?.isCallExpression() && fn.listKey === "arguments") return this.siteOf(parent.node);
    const property = fn.isObjectMethod() ? fn : parent?.isObjectProperty() ? parent : null;
    const object = property?.parentPath;
    const call = object?.parentPath;
    if (property && object?.isObjectExpression() && call?.isCallExpression()) {
      const site = this.siteOf(call.node);
      const key = propertyName(property.node.key as t.Node, property.node.computed);
      if (site !== undefined && key !== null) return `${site}.${key}`;
    }
    return undefined;
  }

  #ownName(fn: NodePath<t.Function>): string | null {
    const node = fn.node;
    if ((node.type === "FunctionDeclaration" || node.type === "FunctionExpression") && node.id) return node.id.name;
    const parent = fn.parentPath?.node;
    if (parent?.type === "VariableDeclarator" && parent.id.type === "Identifier") return parent.id.name;
    if (node.type === "ObjectMethod" || node.type === "ClassMethod") return propertyName(node.key, node.computed);
    if (parent?.type === "ObjectProperty" || parent?.type === "ClassProperty") return propertyName(parent.key, parent.computed);
    return null;
  }

  #nextAnonymous(parent: string): string {
    const k = this.#anonymous.get(parent) ?? 0;
    this.#anonymous.set(parent, k + 1);
    return `fn${k}`;
  }
}

function join(parent: string, name: string): string {
  return parent ? `${parent}/${name}` : name;
}
