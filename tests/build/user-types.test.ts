// What a user's TypeScript sees: programs that import only "rivulet" (or "rivulet/testing")
// type-check against the built packages as a user's editor checks them. Each program holds
// lines that must fail too (`@ts-expect-error`): a directive with no error is itself an error,
// so the test fails when the types grow too loose as much as when they break.
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, expect, test } from "vitest";
import { repoRoot } from "../e2e/helpers/paths.ts";

// Inside the repository, so that "rivulet" resolves as it does for a user's project.
const dir = path.join(repoRoot, "node_modules/.cache/rivulet-user-types");
beforeAll(async () => {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "package.json"), JSON.stringify({ type: "module" }));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function typeErrors(name: string, source: string): Promise<string[]> {
  const file = path.join(dir, name);
  await writeFile(file, source);
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    skipLibCheck: true,
    types: [],
  });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file && d.start !== undefined ? `${path.basename(d.file.fileName)}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1} ` : "";
    return where + ts.flattenDiagnosticMessageText(d.messageText, "\n");
  });
}

test('a script that imports only "rivulet" sees every container method and the st functions\' types', async () => {
  const errors = await typeErrors(
    "app.ts",
    `import * as st from "rivulet";
if (st.sidebar.button("Go")) st.sidebar.text("went");
const [left, right] = st.columns(2);
left.caption("a note");
right.write("x", 1);
st.container().selectbox("Inside", ["a"]);
st.header("Intro", { anchor: "intro", divider: true });
st.subheader("More", { anchor: false });
const plan: { name: string } = st.selectbox("Plan", [{ name: "free" }], { formatFunc: (p) => p.name.toUpperCase() });
const color: string | null = st.selectbox("Color", ["red"], { index: null });
const city: string = st.selectbox("City", ["Paris"], { acceptNewOptions: true });
const n: number = st.slider("n");
const on: boolean = st.checkbox("on");
const text: string | null = st.textInput("name");
// @ts-expect-error: with index null there may be no option
const notNull: string = st.selectbox("Color", ["red"], { index: null });
// @ts-expect-error: a slider's value is a number
const wrong: string = st.slider("n");
// @ts-expect-error: a header takes no such option
st.header("h", { anchr: "x" });
// @ts-expect-error: no such method
st.sidebar.notAnElement("x");
console.log(plan, color, city, n, on, text, notNull, wrong);
`,
  );
  expect(errors).toEqual([]);
});

test("AppTest's views are typed from the registry: values, fields, interactions, narrowing by kind", async () => {
  const errors = await typeErrors(
    "app.test.ts",
    `import { AppTest, ButtonView, SliderView, type AnyView } from "rivulet/testing";
const at = AppTest.fromString("");
// A slider's value is the script's (a number, a pair, a Date, an "HH:MM" time): unknown to the view.
const n: unknown = at.slider[0]!.value;
const max: number = at.slider[0]!.max;
const clicked: boolean = at.button[0]!.value;
const submits: boolean = at.button[0]!.isFormSubmitter;
const text: string | null = at.textInput[0]!.value;
const message: string = at.exception[0]!.value;
const option: unknown = at.selectbox[0]!.value;
at.selectbox[0]!.select({ name: "team" }).selectIndex(1);
at.slider[0]!.setValue(3).run();
const view: AnyView = at.main.children[0] as AnyView;
if (view.kind === "slider") console.log(view.max);
if (view instanceof SliderView) console.log(view.step);
console.log(at.button[0] instanceof ButtonView);
// @ts-expect-error: a checkbox's value is a boolean
const wrong: string = at.checkbox[0]!.value;
// @ts-expect-error: only a slider has a max
if (view.kind === "button") console.log(view.max);
// @ts-expect-error: a checkbox is checked, not set to a number
at.checkbox[0]!.setValue(1);
console.log(n, max, clicked, submits, text, message, option, wrong);
`,
  );
  expect(errors).toEqual([]);
});
