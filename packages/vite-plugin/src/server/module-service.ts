import type { DevEnvironment } from "vite";
import { isOwnSpecifier, resolveOwnSpecifier } from "../own-packages.ts";

type Invoke = Parameters<NonNullable<import("vite/module-runner").ModuleRunnerTransport["invoke"]>>[0];

/**
 * Answers the module runners of the session workers from the dev server's SSR environment, so
 * the script's own imports (TypeScript modules, aliases, other plugins' transforms) work as in
 * any Vite app. Our own packages are answered with the file the worker itself imports: the
 * script and the worker's sessions then share one runtime instance, even for a script outside
 * any project that could not resolve `rivulet` (e.g. `npx rivulet run /tmp/app.ts`).
 */
export function moduleService(environment: DevEnvironment): (payload: unknown) => Promise<unknown> {
  return async (payload) => {
    const message = payload as Invoke;
    if (message.type !== "custom" || message.event !== "vite:invoke") return { error: new Error(`unexpected runner message ${message.type}`) };
    const { name, data: args } = message.data as { name: string; data: unknown[] };
    try {
      if (name === "fetchModule") return { result: await fetchModule(environment, ...(args as Parameters<DevEnvironment["fetchModule"]>)) };
      if (name === "getBuiltins") return { result: builtins(environment) };
      return { error: new Error(`unknown runner request ${name}`) };
    } catch (error) {
      return { error: plainError(error) };
    }
  };
}

function fetchModule(environment: DevEnvironment, ...[id, importer, options]: Parameters<DevEnvironment["fetchModule"]>) {
  const own = isOwnSpecifier(id) ? resolveOwnSpecifier(id) : undefined;
  if (own) return Promise.resolve({ externalize: own, type: "module" as const });
  return environment.fetchModule(id, importer, options);
}

function builtins(environment: DevEnvironment): unknown[] {
  return environment.config.resolve.builtins.map((builtin) =>
    typeof builtin === "string" ? { type: "string", value: builtin } : { type: "RegExp", source: builtin.source, flags: builtin.flags },
  );
}

/** A transform error as plain data: it crosses to the worker, keeping what the overlay shows. */
function plainError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const { message, stack, name } = error;
  const { id, frame, plugin, loc } = error as Error & Record<string, unknown>;
  return { name, message, stack, id, frame, plugin, loc };
}
