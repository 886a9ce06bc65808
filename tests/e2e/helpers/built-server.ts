// A built app served as in production: `node <dist>/server.js` (or `rivulet serve <dist>`) in a
// child process on a free port, resolved once it logs that it listens.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { freePort } from "./free-port.ts";
import { rivuletBin } from "./paths.ts";

export interface BuiltServer {
  url: string;
  output(): string;
  /** Every JSON log line so far. */
  logs(): Record<string, unknown>[];
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
  readonly child: ChildProcess;
}

export async function startBuilt(dist: string, options: { args?: string[]; via?: "node" | "rivulet serve"; cwd?: string } = {}): Promise<BuiltServer> {
  const port = await freePort();
  const args = ["--port", String(port), ...(options.args ?? [])];
  const command = options.via === "rivulet serve" ? [rivuletBin, "serve", dist, ...args] : [path.join(dist, "server.js"), ...args];
  const child = spawn(process.execPath, command, { cwd: options.cwd ?? dist, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  child.stderr!.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  const logs = (): Record<string, unknown>[] =>
    output.split("\n").flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
  const url = await new Promise<string>((resolve, reject) => {
    const look = (): void => {
      const listening = logs().find((line) => line.msg === "listening");
      if (listening) {
        child.stdout!.off("data", look);
        resolve(String(listening.url));
      }
    };
    child.stdout!.on("data", look);
    child.once("exit", (code) => reject(new Error(`the server exited (${code}) before it listened:\n${output}`)));
  });
  return {
    url,
    output: () => output,
    logs,
    child,
    async stop() {
      if (child.exitCode !== null) return child.exitCode;
      const exited = once(child, "exit") as Promise<[number | null]>;
      child.kill("SIGTERM");
      const [code] = await exited;
      return code;
    },
  };
}
