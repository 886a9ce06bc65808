// The run function's parameter is `$rt` (runtime-calls.ts), and every generated call names it;
// a library module also names `$rtOf`, an entry with a pages folder `$rtFolder`, a script with
// page files `$pageFiles`. A script's own
// binding of one of them (a variable, a parameter, a function) would take its place in the
// scope it declares it in, so it is renamed first, with every reference to it.
import type { NodePath, Scope } from "@babel/traverse";
import type * as t from "@babel/types";
import { PAGE_FILES_EXPORT } from "@rivulet/runtime/internal";
import { ENTER_RUN, FOLDER_NAVIGATION, RUN_HANDLE } from "./runtime-calls.ts";

const GENERATED_NAMES = [RUN_HANDLE, ENTER_RUN, FOLDER_NAVIGATION, PAGE_FILES_EXPORT];

/** Whether the script's text names one of them: only then may it declare one. */
export function mentionsGeneratedName(source: string): boolean {
  return GENERATED_NAMES.some((name) => source.includes(name));
}

export function freeRunHandle(program: NodePath<t.Program>): void {
  // A scope is met once per node that has it (a function and its body): each name is renamed once.
  const renames = new Map<Scope, Set<string>>();
  const note = (scope: Scope): void => {
    for (const name of GENERATED_NAMES) {
      if (!scope.hasOwnBinding(name)) continue;
      let names = renames.get(scope);
      if (names === undefined) renames.set(scope, (names = new Set()));
      names.add(name);
    }
  };
  note(program.scope);
  program.traverse({
    Scopable(path) {
      note(path.scope);
    },
  });
  for (const [scope, names] of renames) for (const name of names) scope.rename(name);
}
