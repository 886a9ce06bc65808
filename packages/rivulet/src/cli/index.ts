import { build } from "./build.ts";
import { check } from "./check.ts";
import { HELP } from "./help.ts";
import { run } from "./run.ts";
import { serve } from "./serve.ts";
import { UsageError } from "./usage-error.ts";

/** Runs the CLI with `argv` (without node and the script); resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case "run":
        return await run(args);
      case "check":
        return await check(args);
      case "build":
        return await build(args);
      case "serve":
        return await serve(args);
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
