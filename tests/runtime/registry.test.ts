// The element registry is the one place an element is written: what is derived from it is up to
// date (the generated files, the README's API table), every kind has its component on the page,
// and the page's bundle takes the registry's schemas without any of its st functions.
import { execFile } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "vitest";
import * as st from "rivulet";
import { APIS, BLOCKS, ELEMENTS, ELEMENT_SCHEMAS, REGISTRY_BLOCK_SCHEMAS } from "@rivulet/runtime";
import { AppTest, ButtonView, SliderView, type BlockView } from "rivulet/testing";
import { repoRoot } from "../e2e/helpers/paths.ts";

test("the files generated from the registry are up to date (npm run generate)", async () => {
  const generator = path.join(repoRoot, "packages/runtime/scripts/generate.ts");
  const tsx = path.join(repoRoot, "node_modules/.bin/tsx");
  await expect(promisify(execFile)(tsx, [generator, "--check"], { cwd: repoRoot })).resolves.toBeDefined();
});

test("every element kind has its component on the page", () => {
  const components = path.join(repoRoot, "packages/ui/src/elements");
  for (const kind of Object.keys(ELEMENT_SCHEMAS)) {
    const name = `${kind[0]!.toUpperCase()}${kind.slice(1)}`;
    // In the first chunk, or a chunk of its own (packages/ui/src/components.ts).
    const found = [`${name}.svelte`, `${name}.lazy.svelte`].filter((file) => existsSync(path.join(components, file)));
    expect(found, `packages/ui/src/elements/${name}.svelte`).toHaveLength(1);
  }
});

test("every block of the registry has its component on the page", () => {
  const components = path.join(repoRoot, "packages/ui/src/blocks");
  for (const block of Object.keys(REGISTRY_BLOCK_SCHEMAS)) {
    const name = `${block[0]!.toUpperCase()}${block.slice(1)}`;
    const found = [`${name}.svelte`, `${name}.lazy.svelte`].filter((file) => existsSync(path.join(components, file)));
    expect(found, `packages/ui/src/blocks/${name}.svelte`).toHaveLength(1);
  }
});

test("every st function of the registry is an st export, and a method of every container bound to it", () => {
  const sidebar = st.sidebar as unknown as Record<string, unknown>;
  let methods = 0;
  for (const definition of [...ELEMENTS, ...BLOCKS, ...APIS]) {
    const onContainers = !("containerMethods" in definition) || definition.containerMethods;
    for (const [name, fn] of Object.entries(definition.api)) {
      expect((st as Record<string, unknown>)[name], name).toBe(fn);
      if (typeof fn !== "function") continue;
      if (!onContainers) {
        expect(sidebar[name], name).toBeUndefined();
        continue;
      }
      expect(typeof sidebar[name], name).toBe("function");
      expect(sidebar[name], `${name} is bound once per container`).toBe(sidebar[name]);
      methods++;
    }
  }
  expect(methods).toBeGreaterThan(10);
});

test("a method taken off its container still writes to it", async () => {
  const at = await AppTest.fromString(`
    import * as st from "rivulet";
    const { text } = st.sidebar;
    text("in the sidebar");
    const [a, b] = st.columns(2);
    const write = b.write;
    ["one", "two"].forEach((item) => write(item));
    const caption = a.caption;
    caption("in a");
  `).run();
  expect(at.sidebar.get("text").map((t) => t.value)).toEqual(["in the sidebar"]);
  const row = at.main.children[0] as BlockView;
  const [a, b] = row.children as BlockView[];
  expect(a!.get("caption").map((c) => c.value)).toEqual(["in a"]);
  expect(b!.get("markdown").map((m) => m.value)).toEqual(["one", "two"]);
  expect(at.main.get("text")).toEqual([]);
});

test("the page's bundle holds the schemas but none of the st functions", () => {
  const assets = path.join(repoRoot, "packages/ui/dist/assets");
  const scripts = readdirSync(assets).filter((f) => f.endsWith(".js")).map((f) => readFileSync(path.join(assets, f), "utf8"));
  const page = scripts.join("\n");
  // A schema of the registry is there, and a message only st functions have is not.
  expect(page).toContain("isFormSubmitter");
  for (const marker of ["was called outside a script run", "Only one dialog is allowed", "Forms cannot be nested"]) expect(page).not.toContain(marker);
  // No runtime file inlined as a data URL: Vite reads `new URL("<literal>", import.meta.url)` as an
  // asset, and once inlined the runtime's own index.ts (4 KB of base64) on every first load.
  expect(page.match(/data:(video\/mp2t|application\/(typescript|javascript));base64/)?.[0]).toBeUndefined();
});

test("AppTest's views come from one class per kind, and read a flag the node leaves out as false", async () => {
  const at = await AppTest.fromString(`
    import * as st from "rivulet";
    st.button("plain");
    const form = st.form("f");
    form.formSubmitButton("Send");
  `).run();
  const [plain, send] = at.button;
  expect([plain!.isFormSubmitter, send!.isFormSubmitter]).toEqual([false, true]);
  expect(plain).toBeInstanceOf(ButtonView);
  expect(plain).not.toBeInstanceOf(SliderView);
  expect(Object.getPrototypeOf(plain)).toBe(Object.getPrototypeOf(send));
});

test("every example the README shows runs to its end, and an element's example shows it", async () => {
  let ran = 0;
  for (const definition of [...ELEMENTS, ...BLOCKS, ...APIS]) {
    for (const docs of definition.docs) {
      const at = await AppTest.fromString(`import * as st from "rivulet";\n${docs.example}`).run();
      // An uncaught exception ends the run with outcome "exception" (st.exception's own example writes one and completes).
      expect(at.outcomes.at(-1), `${docs.example}\n${at.exception.map((e) => e.value).join("\n")}`).toMatch(/^(completed|stopped)$/);
      if ("kind" in definition && docs.transient !== true) expect(at.get(definition.kind).length, docs.example).toBeGreaterThan(0);
      if ("block" in definition) expect(at.blocks(definition.block).length, docs.example).toBeGreaterThan(0);
      ran++;
    }
  }
  expect(ran).toBeGreaterThan(20);
});
