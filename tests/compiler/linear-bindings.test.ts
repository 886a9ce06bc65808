// The compiler makes Babel's scope bookkeeping linear (utils/linear-bindings.ts); Babel's own
// rule must still hold: every reference and reassignment of a binding counted once, even when a
// path is registered again (as a re-crawl does).
import { parse } from "@babel/parser";
import traverse, { type Binding, type NodePath } from "@babel/traverse";
import { expect, test } from "vitest";
import { installLinearBindings } from "../../packages/compiler/dist/utils/linear-bindings.js";

function bindingOf(source: string, name: string): Binding {
  let binding: Binding | undefined;
  traverse(parse(source), {
    Program(path) {
      binding = path.scope.getBinding(name);
      path.stop();
    },
  });
  expect(binding).toBeDefined();
  return binding!;
}

test("references and reassignments are counted once each, as Babel counts them", () => {
  installLinearBindings();
  installLinearBindings(); // a second install changes nothing
  const binding = bindingOf("let a = 1;\na;\na + a;\na = 2;\na = 3;\n", "a");
  expect(binding.references).toBe(3);
  expect(binding.referencePaths).toHaveLength(3);
  expect(binding.constantViolations).toHaveLength(2);
  const [first] = binding.referencePaths as [NodePath];
  binding.reference(first);
  expect(binding.references).toBe(3);
  expect(binding.referencePaths).toHaveLength(3);
  binding.reassign(binding.constantViolations[0]!);
  expect(binding.constantViolations).toHaveLength(2);
  expect(binding.constant).toBe(false);
});
