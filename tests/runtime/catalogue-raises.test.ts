// Every error a run raises is in the catalogue, and the catalogue is kept honest here: for each
// code with a `raises` message, its example raises a RivuletAPIError with that code (the check's
// diagnostic suppressed, for a code the compiler reports too, so that it compiles) and the
// page's exception element carries the code; its fixed version runs without one. The few a
// lone script cannot raise where a test sees them are made by a driver of their own.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { catalogue, compile, type RunCode } from "@rivulet/compiler";
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

/** The source with `// rivulet-ignore <code>` above each line the code is reported on. */
function suppressed(source: string, code: string): string {
  const lines = source.split("\n");
  const reported = compile(source, { filename: "app.ts" }).diagnostics.filter((d) => d.code === code).map((d) => d.loc.line);
  expect(reported.length, `the example of ${code} reports it`).toBeGreaterThan(0);
  for (const line of [...new Set(reported)].sort((a, b) => b - a)) lines.splice(line - 1, 0, `// rivulet-ignore ${code}`);
  return lines.join("\n");
}

/** Runs the app, pressing the buttons named (each a run of its own), and returns it. */
async function runPressing(source: string, buttons: readonly string[]): Promise<AppTest> {
  const at = await AppTest.fromString(source).run();
  for (const label of buttons) {
    const button = at.button.find((b) => b.label === label);
    expect(button, `a button "${label}"`).toBeDefined();
    await button!.click().run();
  }
  return at;
}

/** Examples that raise only once the user presses a button: which ones. */
const PRESS: Partial<Record<RunCode, readonly string[]>> = {
  nested_dialog: ["Delete"],
  invalid_rerun_scope: ["Reload"],
  rerun_scope_fragment_outside_fragment: ["Refresh"],
  async_callback: ["Save"],
  unknown_page: ["Go"],
};

/** Codes no lone script raises on its page: each driver makes the error and returns it. */
const DRIVERS: Partial<Record<RunCode, () => Promise<unknown>>> = {
  async outside_script_run() {
    const at = await AppTest.fromString(`import * as st from "rivulet";\nst.sessionState.later = () => st.text("late");\n`).run();
    return catching(() => (at.sessionState.later as () => void)());
  },
  async foreign_container() {
    const key = `container${Math.random()}`;
    await AppTest.fromString(`import * as st from "rivulet";\n(globalThis as any)[${JSON.stringify(key)}] = st.container();\n`).run();
    const other = await AppTest.fromString(`import * as st from "rivulet";\n(globalThis as any)[${JSON.stringify(key)}].text("elsewhere");\n`).run();
    delete (globalThis as Record<string, unknown>)[key];
    expect(other.exception.map((e) => e.code)).toEqual(["foreign_container"]);
    return other.exception[0];
  },
  no_secrets: () => secretsException(null),
  invalid_secrets_file: () => secretsException('api_key = "unclosed\n'),
};

/** st.secrets read where the secrets files are as `toml` gives (null: none): the page's exception. */
async function secretsException(toml: string | null): Promise<unknown> {
  const dir = mkdtempSync(path.join(tmpdir(), "rivulet-raises-"));
  try {
    if (toml !== null) {
      mkdirSync(path.join(dir, ".rivulet"));
      writeFileSync(path.join(dir, ".rivulet", "secrets.toml"), toml);
    }
    const at = await AppTest.fromString(`import * as st from "rivulet";\nst.text(st.secrets.api_key);\n`, { secretsFrom: { project: dir, home: dir } }).run();
    return at.exception[0];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function catching(fn: () => void): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error("it did not throw");
}

type Entry = (typeof catalogue)[keyof typeof catalogue];
const raising = Object.entries(catalogue).filter((pair): pair is [RunCode, Entry & { raises: string }] => "raises" in pair[1]);

describe("every code a run raises", () => {
  it.each(raising.filter(([code, entry]) => entry.unsampled === undefined && DRIVERS[code] === undefined))(
    "%s: the example raises it, the fixed example does not",
    async (code, entry) => {
      const source = "severity" in entry ? suppressed(entry.example, code) : entry.example;
      const press = PRESS[code] ?? [];
      const hit = await runPressing(source, press);
      expect(hit.exception.map((e) => [e.type, e.code])).toEqual([["RivuletAPIError", code]]);
      const fixed = await runPressing(entry.fixed, press);
      expect(fixed.exception).toEqual([]);
    },
  );

  it.each(Object.entries(DRIVERS))("%s: its driver raises it", async (code, driver) => {
    const error = (await driver!()) as { code?: string; name?: string; type?: string };
    expect(error.code).toBe(code);
    expect(error.name ?? error.type).toBe("RivuletAPIError");
  });

  it("a code no example raises has a driver", () => {
    const unsampled = raising.filter(([, entry]) => entry.unsampled !== undefined).map(([code]) => code);
    expect(unsampled.sort()).toEqual(Object.keys(DRIVERS).sort());
  });
});
