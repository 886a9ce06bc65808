import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { freePort } from "./free-port.ts";
import { repoRoot, rivuletBin } from "./paths.ts";

export interface RivuletServer {
  /** The app page's URL, as the CLI printed it. */
  url: string;
  /** Everything the server printed so far (stdout and stderr), for failure messages. */
  output(): string;
  /** Stops the server and waits for it to exit. */
  stop(): Promise<void>;
}

/**
 * Runs `rivulet run <script>` as users do (the built CLI in a child process) on a free
 * port, and resolves once it prints its URL. Rejects with the server's output if it exits first.
 */
export async function startRivulet(script: string, options: { cwd?: string; port?: number; args?: string[] } = {}): Promise<RivuletServer> {
  const port = options.port ?? (await freePort());
  const child = spawn(process.execPath, [rivuletBin, "run", script, "--port", String(port), ...(options.args ?? [])], {
    cwd: options.cwd ?? repoRoot,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  let output = "";
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));

  const url = await new Promise<string>((resolve, reject) => {
    const onData = (): void => {
      const match = /Local:\s+(http:\/\/\S+)/.exec(output);
      if (match) {
        cleanup();
        resolve(match[1]!);
      }
    };
    const onExit = (code: number | null): void => {
      cleanup();
      reject(new Error(`rivulet run exited (${code}) before printing its URL:\n${output}`));
    };
    const cleanup = (): void => {
      child.stdout!.off("data", onData);
      child.off("exit", onExit);
    };
    child.stdout!.on("data", onData);
    child.once("exit", onExit);
  });
  return { url, output: () => output, stop: () => stopChild(child) };
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  await exited;
}
