// Each command is imported when it is asked for: `rivulet check` does not load Vite or the
// server (a third of a second at start-up).
import { HELP } from "./help.ts";
import { UsageError } from "./usage-error.ts";

/** Runs the CLI with `argv` (without node and the script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case "run":
        return await (await import("./run.ts")).run(args);
      case "check":
        return await (await import("./check.ts")).check(args);
      case "build":
        return await (await import("./build.ts")).build(args);
      case "serve":
        return await (await import("./serve.ts")).serve(args);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        process.stdout.write(HELP);
        return 0;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`rivulet: ${error.message}\n\n${HELP}`);
    return 2;
  }
}
