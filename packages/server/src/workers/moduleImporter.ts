// The worker side of ScriptSource kind "module": a Vite module runner whose every request goes
// to the main thread (which owns the dev server) over the worker's modules port.

import type { MessagePort } from "node:worker_threads";
import { preloadPages, type LoadedScript, type ScriptModule } from "@rivulet/runtime";
import type { ModuleRequest, ModuleResponse } from "./messages.ts";

type Runner = import("vite/module-runner").ModuleRunner;

export class ModuleImporter {
  private runner: Promise<Runner> | null = null;
  private readonly pending = new Map<number, (response: unknown) => void>();
  private nextId = 0;

  constructor(private readonly port: MessagePort) {
    port.on("message", ({ id, response }: ModuleResponse) => {
      this.pending.get(id)?.(response);
      this.pending.delete(id);
    });
  }

  /** Evaluates `entry` and its imports afresh; returns the script and the files it evaluated. */
  async import(entry: string): Promise<{ script: LoadedScript; files: string[] }> {
    const runner = await (this.runner ??= this.createRunner());
    runner.clearCache();
    const module = (await runner.import(entry)) as Partial<ScriptModule>;
    if (typeof module.default !== "function") {
      throw new Error(`${entry} did not compile to a Rivulet script: its default export is not a run function`);
    }
    const pages = await preloadPages(module);
    return { script: { run: module.default, file: entry, pages }, files: [...runner.evaluatedModules.fileToModulesMap.keys()] };
  }

  private async createRunner(): Promise<Runner> {
    // Loaded only by workers that import modules this way: others never need Vite.
    const { ESModulesEvaluator, ModuleRunner, createNodeImportMeta } = await import("vite/module-runner");
    return new ModuleRunner(
      {
        transport: { invoke: (payload) => this.request(payload) as ReturnType<NonNullable<import("vite/module-runner").ModuleRunnerTransport["invoke"]>> },
        hmr: false,
        // Node maps stack traces through the modules' inline source maps: errors point at the user's lines.
        sourcemapInterceptor: "node",
        createImportMeta: createNodeImportMeta,
      },
      new ESModulesEvaluator(),
    );
  }

  private request(payload: unknown): Promise<unknown> {
    const id = ++this.nextId;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.port.postMessage({ id, payload } satisfies ModuleRequest);
    });
  }
}
