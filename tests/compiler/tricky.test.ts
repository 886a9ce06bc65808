// Valid apps written the ways real code is (instances, factories, method references, aliases,
// destructuring, helpers, helpers in another module): the checks must say nothing about them,
// and each runs without an error, which proves it valid. A check may stay silent where it
// cannot see; it must not guess. Add the next tricky script a user reports as a folder here.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { compile } from "@rivulet/compiler";
import { AppTest } from "rivulet/testing";

const dir = fileURLToPath(new URL("./tricky", import.meta.url));
const apps = readdirSync(dir).sort();

describe("tricky valid apps", () => {
  it("are at least 25", () => expect(apps.length).toBeGreaterThanOrEqual(25));

  it.each(apps)("%s: no diagnostic, and it runs without an error", async (name) => {
    const file = path.join(dir, name, "app.ts");
    const { diagnostics, code } = compile(readFileSync(file, "utf8"), { filename: file });
    expect(diagnostics.map((d) => `${d.code} at line ${d.loc.line}`)).toEqual([]);
    expect(code).not.toBeNull();
    // AppTest loads one compiled file; an app of several modules is checked by the compiler only
    // (loading an app's own .ts modules in AppTest is issue 10's "apps of many modules").
    if (readdirSync(path.join(dir, name)).length > 1) return;
    const at = await AppTest.fromFile(file).run();
    expect(at.exception.map((e) => e.message)).toEqual([]);
  });
});
