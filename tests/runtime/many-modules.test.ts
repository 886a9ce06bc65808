// Apps of many modules: every module of the app that imports rivulet is compiled (library
// mode), so a helper's widgets have call sites of their own, its code after an await writes
// into the run that called it, its callbacks and fragments work, and its cached functions are
// its own. AppTest imports them through the module hooks (@rivulet/server's moduleHooks.ts).
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";
import { tempApps } from "../helpers/temp-app.ts";

const apps = tempApps("modules");
const app = apps.write;

const texts = (at: AppTest): string[] => at.text.map((t) => t.value);

describe("a helper module's code", () => {
  it("writes into the run that called it after its awaits", async () => {
    const entry = app({
      "app.ts": `import * as st from "rivulet";\nimport { later } from "./later.ts";\nst.text("before");\nawait later("after the helper's await");\nst.text("end");\n`,
      "later.ts": `import * as st from "rivulet";\nexport async function later(label: string): Promise<void> {\n  await new Promise((resolve) => setTimeout(resolve, 5));\n  st.text(label);\n}\n`,
    });
    const at = await AppTest.fromFile(entry).run();
    expect(at.exception).toEqual([]);
    expect(texts(at)).toEqual(["before", "after the helper's await", "end"]);
  });

  it("resolves imports written as TypeScript does: `./x.js` for x.ts, and no extension", async () => {
    const entry = app({
      "app.ts": `import * as st from "rivulet";\nimport { twice } from "./math.js";\nimport { label } from "./labels";\nst.text(label(twice(21)));\n`,
      "math.ts": `export const twice = (n: number): number => n * 2;\n`,
      "labels.ts": `import { twice } from "./math.js";\nexport const label = (n: number): string => \`answer \${n} (\${twice(1)})\`;\n`,
    });
    const at = await AppTest.fromFile(entry).run();
    expect(texts(at)).toEqual(["answer 42 (2)"]);
  });
});

describe("a helper module's widgets", () => {
  it("keep their own state when another module's widget of the same label comes and goes", async () => {
    const entry = app({
      "app.ts": `import * as st from "rivulet";\nimport { showA } from "./a.ts";\nimport { showB } from "./b.ts";\nconst hideA = st.toggle("hide a");\nif (!hideA) showA();\nst.text("b " + showB());\n`,
      "a.ts": `import * as st from "rivulet";\nexport const showA = (): boolean => st.checkbox("Show");\n`,
      "b.ts": `import * as st from "rivulet";\nexport const showB = (): boolean => st.checkbox("Show");\n`,
    });
    const at = await AppTest.fromFile(entry).run();
    expect(at.checkbox.map((c) => c.value)).toEqual([false, false]);
    await at.checkbox[1]!.check().run();
    expect(texts(at)).toEqual(["b true"]);
    // A's checkbox goes: B's is still B's (told apart by call site, not by its place in the run).
    await at.toggle[0]!.check().run();
    expect(at.checkbox).toHaveLength(1);
    expect(texts(at)).toEqual(["b true"]);
    await at.toggle[0]!.uncheck().run();
    expect(at.checkbox.map((c) => c.value)).toEqual([false, true]);
  });

  it("made by one helper line in two calls are two widgets", async () => {
    const entry = app({
      "app.ts": `import * as st from "rivulet";\nimport { level } from "./level.ts";\nst.text(level("Level") + " " + level("Level"));\n`,
      "level.ts": `import * as st from "rivulet";\nexport function level(label: string): number {\n  return st.slider(label, { minValue: 0, maxValue: 10 });\n}\n`,
    });
    const at = await AppTest.fromFile(entry).run();
    expect(at.slider).toHaveLength(2);
    expect(at.slider[0]!.id).not.toBe(at.slider[1]!.id);
    await at.slider[1]!.setValue(7).run();
    expect(texts(at)).toEqual(["0 7"]);
  });

  it("run their callbacks, and a helper's fragment reruns alone", async () => {
    const entry = app({
      "app.ts": `import * as st from "rivulet";\nimport { counter, panel } from "./parts.ts";\nst.sessionState.appRuns = (st.sessionState.appRuns ?? 0) + 1;\ncounter();\npanel();\n`,
      "parts.ts": [
        `import * as st from "rivulet";`,
        `export function counter(): void {`,
        `  st.button("add", { onClick: () => { st.sessionState.n = (st.sessionState.n ?? 0) + 1; } });`,
        `  st.text("n " + (st.sessionState.n ?? 0));`,
        `}`,
        `export const panel = st.fragment(() => {`,
        `  st.sessionState.panelRuns = (st.sessionState.panelRuns ?? 0) + 1;`,
        `  st.button("refresh");`,
        `  st.text("panel " + st.sessionState.panelRuns + " app " + st.sessionState.appRuns);`,
        `});`,
        ``,
      ].join("\n"),
    });
    const at = await AppTest.fromFile(entry).run();
    await at.button[0]!.click().run();
    await at.button[0]!.click().run();
    expect(texts(at)).toEqual(["n 2", "panel 3 app 3"]);
    await at.button[1]!.click().run();
    expect(texts(at)).toEqual(["n 2", "panel 4 app 3"]);
  });
});

describe("a helper module's functions kept between runs", () => {
  it("write into the run that calls them: made once at module level, or by st.cacheResource", async () => {
    const entry = app({
      "app.ts": `import * as st from "rivulet";\nimport { widgets, ui, labelled } from "./kept.ts";\nwidgets().title("kept " + st.button("again"));\nui().header("shared");\nst.text(labelled());\n`,
      "kept.ts": [
        `import * as st from "rivulet";`,
        `let made: { title: (text: string) => void } | undefined;`,
        `export const widgets = () => (made ??= { title: (text: string) => st.text(text) });`,
        `export const ui = st.cacheResource(() => ({ header: (text: string) => st.header(text) }));`,
        `// A parameter's default runs before the body: it takes the run too.`,
        `export function labelled(label = st.textInput("Label", { value: "x" })): string {`,
        `  return "label " + label;`,
        `}`,
        ``,
      ].join("\n"),
    });
    AppTest.clearCaches();
    const at = await AppTest.fromFile(entry).run();
    await at.button[0]!.click().run();
    await at.button[0]!.click().run();
    expect(at.outcomes).toEqual(["completed"]);
    expect(at.exception).toEqual([]);
    expect(texts(at)).toEqual(["kept true", "label x"]);
    expect(at.header.map((h) => h.value)).toEqual(["shared"]);
    // Another session: the closures made in the first one's runs write into its own.
    const other = await AppTest.fromFile(entry).run();
    expect(other.exception).toEqual([]);
    expect(other.header.map((h) => h.value)).toEqual(["shared"]);
    expect(texts(other)).toEqual(["kept false", "label x"]);
  });
});

describe("a helper module's cached functions", () => {
  it("are their module's own, even with the same source as another module's", async () => {
    const load = (factor: number): string =>
      `import * as st from "rivulet";\nconst factor = ${factor};\nexport const load = st.cacheData((n: number) => n * factor);\n`;
    const entry = app({
      "app.ts": `import * as st from "rivulet";\nimport { load as one } from "./one.ts";\nimport { load as ten } from "./ten.ts";\nst.text(one(3) + " " + ten(3));\n`,
      "one.ts": load(1),
      "ten.ts": load(10),
    });
    AppTest.clearCaches();
    const at = await AppTest.fromFile(entry).run();
    expect(texts(at)).toEqual(["3 30"]);
  });
});

describe("a helper module that does not compile", () => {
  it("fails the run with its file and the compiler's message", async () => {
    const entry = app({
      "app.ts": `import * as st from "rivulet";\nimport { broken } from "./broken.ts";\nst.text(broken);\n`,
      "broken.ts": `import * as st from "rivulet";\nexport const broken = ;\n`,
    });
    const failure = await AppTest.fromFile(entry)
      .run()
      .then(() => null, (error: unknown) => error as Error);
    expect(failure?.message).toMatch(/broken\.ts does not compile/);
    expect(failure?.message).toMatch(/broken\.ts:2:/);
  });
});
