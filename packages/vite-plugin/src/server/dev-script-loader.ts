import { isOwnSpecifier, resolveOwnSpecifier } from "../own-packages.ts";
import type { DevEnvironment } from "vite";
import { ESModulesEvaluator, ModuleRunner, createNodeImportMeta, type ModuleRunnerTransport } from "vite/module-runner";
import type { LoadedScript } from "@rivulet/runtime";
import { toLoadedScript } from "./loaded-script.ts";

type InvokePayload = Parameters<NonNullable<ModuleRunnerTransport["invoke"]>>[0];

/**
 * Loads the entry script through Vite's server-side module loading, so the script's own
 * imports (TypeScript modules, aliases, other plugins' transforms) work as in any Vite app.
 *
 * It uses its own ModuleRunner rather than the environment's shared one for two reasons:
 * its cache is cleared only when this loader reloads (the shared runner re-imports on every
 * full reload), and it answers `fetchModule` for our own packages itself, with the file the
 * plugin itself imports — one runtime instance, even for a script outside any project that
 * could resolve `rivulet` (e.g. `npx rivulet run /tmp/app.ts`).
 */
export class DevScriptLoader {
  readonly #environment: DevEnvironment;
  readonly #entryFile: string;
  readonly #runner: ModuleRunner;

  constructor(environment: DevEnvironment, entryFile: string) {
    this.#environment = environment;
    this.#entryFile = entryFile;
    const transport: ModuleRunnerTransport = { invoke: (payload) => this.#invoke(payload) };
    this.#runner = new ModuleRunner(
      // "node": Node maps stack traces through the inline source maps, so errors point at the user's lines.
      { transport, hmr: false, sourcemapInterceptor: "node", createImportMeta: createNodeImportMeta },
      new ESModulesEvaluator(),
    );
  }

  /** Evaluates the entry and its imports afresh. Rejects with Vite's error (with `loc`/`frame`) when a module fails to transform. */
  async load(): Promise<LoadedScript> {
    this.#runner.clearCache();
    return toLoadedScript(await this.#runner.import(this.#entryFile), this.#entryFile);
  }

  /** Whether the last load evaluated `file` (the entry or one of its imports). */
  dependsOn(file: string): boolean {
    return (this.#runner.evaluatedModules.getModulesByFile(file)?.size ?? 0) > 0;
  }

  close(): Promise<void> {
    return this.#runner.close();
  }

  async #invoke(payload: InvokePayload): Promise<{ result: unknown } | { error: unknown }> {
    if (payload.type !== "custom" || payload.event !== "vite:invoke") return { error: new Error(`unexpected runner message ${payload.type}`) };
    const { name, data } = payload.data as { name: string; data: unknown[] };
    try {
      if (name === "fetchModule") return { result: await this.#fetchModule(...(data as Parameters<DevEnvironment["fetchModule"]>)) };
      if (name === "getBuiltins") return { result: this.#builtins() };
      return { error: new Error(`unknown runner request ${name}`) };
    } catch (error) {
      return { error };
    }
  }

  #fetchModule(...[id, importer, options]: Parameters<DevEnvironment["fetchModule"]>): ReturnType<DevEnvironment["fetchModule"]> {
    const own = isOwnSpecifier(id) ? resolveOwnSpecifier(id) : undefined;
    if (own) return Promise.resolve({ externalize: own, type: "module" });
    return this.#environment.fetchModule(id, importer, options);
  }

  #builtins(): unknown[] {
    return this.#environment.config.resolve.builtins.map((builtin) =>
      typeof builtin === "string" ? { type: "string", value: builtin } : { type: "RegExp", source: builtin.source, flags: builtin.flags },
    );
  }
}
