// Babel's scope crawl registers each reference of a binding with `Binding#reference`, which
// first checks `referencePaths.includes(path)` (a guard against counting a path twice when a
// moved function is crawled again: babel/babel#3465). That scan makes the crawl quadratic in
// the references of one binding: a 160,000-line app refers to `st` 64,000 times, and the scan
// was most of its compile time. The same holds for `reassign` and `constantViolations`. This
// keeps Babel's behaviour (a path counted once, the arrays as Babel keeps them) with a set
// beside each array, so the check is O(1). Binding is not exported by @babel/traverse; its
// prototype is reached through a binding. Installed once per copy of @babel/traverse; a copy
// that already has it (another compiler instance in the process) is left alone.
import { parse } from "@babel/parser";
import traverse, { type Binding, type NodePath } from "@babel/traverse";

const INSTALLED = Symbol.for("rivulet.linearBindings");

type Proto = Binding & { [INSTALLED]?: true };

export function installLinearBindings(): void {
  const proto = bindingPrototype();
  if (proto[INSTALLED]) return;
  const references = new WeakMap<Binding, WeakSet<NodePath>>();
  const violations = new WeakMap<Binding, WeakSet<NodePath>>();
  const seen = (table: WeakMap<Binding, WeakSet<NodePath>>, binding: Binding, list: NodePath[], path: NodePath): boolean => {
    let paths = table.get(binding);
    if (paths === undefined) table.set(binding, (paths = new WeakSet(list)));
    if (paths.has(path)) return true;
    paths.add(path);
    return false;
  };
  proto.reference = function reference(this: Binding, path: NodePath): void {
    if (seen(references, this, this.referencePaths, path)) return;
    this.referenced = true;
    this.references++;
    this.referencePaths.push(path);
  };
  proto.reassign = function reassign(this: Binding, path: NodePath): void {
    this.constant = false;
    if (seen(violations, this, this.constantViolations, path)) return;
    this.constantViolations.push(path);
  };
  proto[INSTALLED] = true;
}

function bindingPrototype(): Proto {
  let binding: Binding | undefined;
  traverse(parse("let a;"), {
    Program(path) {
      binding = path.scope.getBinding("a");
      path.stop();
    },
  });
  if (binding === undefined) throw new Error("linear-bindings: no binding to reach Binding's prototype through");
  return Object.getPrototypeOf(binding) as Proto;
}
