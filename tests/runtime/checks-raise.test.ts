// The compile-time checks that say a call "raises when it runs" are kept honest here: each
// one's catalogue example, with the diagnostic suppressed so that it compiles, raises the
// RivuletAPIError the entry names when it runs, and its fixed version runs without one.
import { catalogue, compile } from "@rivulet/compiler";
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
async function runPressing(source: string, buttons: string[]): Promise<AppTest> {
  const at = await AppTest.fromString(source).run();
  for (const label of buttons) {
    const button = at.button.find((b) => b.label === label);
    expect(button, `a button "${label}"`).toBeDefined();
    await button!.click().run();
  }
  return at;
}

const cases: { code: keyof typeof catalogue; raises: RegExp; press?: string[] }[] = [
  { code: "duplicate_form_key", raises: /There are multiple identical forms with `key='address'`/ },
  { code: "widget_value_not_settable", raises: /Values for the widget with key "go" cannot be set using st\.sessionState/ },
  { code: "nested_dialog", raises: /Dialogs may not be nested inside other dialogs/, press: ["Delete"] },
  { code: "empty_dialog_title", raises: /A non-empty `title` argument has to be provided for dialogs/ },
  { code: "duplicate_widget_key", raises: /There are multiple elements with the same key "name"/ },
  { code: "dialog_opened_twice", raises: /Only one dialog is allowed to be opened at the same time/ },
  { code: "nested_form", raises: /Forms cannot be nested in other forms/ },
  { code: "widget_state_set_after_widget", raises: /st\.sessionState\.volume cannot be modified after the widget with key "volume" is instantiated/ },
];

describe("checks whose code raises at run time", () => {
  it.each(cases)("$code: the example raises, the fixed example does not", async ({ code, raises, press = [] }) => {
    const entry = catalogue[code];
    const hit = await runPressing(suppressed(entry.example, code), press);
    expect(hit.exception.map((e) => e.type)).toEqual(["RivuletAPIError"]);
    expect(hit.exception[0]!.message).toMatch(raises);
    const fixed = await runPressing(entry.fixed, press);
    expect(fixed.exception).toEqual([]);
  });
});
