// Site ids give widgets their identity across reruns and edits: an edit that does not add,
// remove or reorder st calls of the same method in the same function must keep every id.
import { compile } from "@rivulet/compiler";
import { describe, expect, test } from "vitest";

const script = `import * as st from "rivulet";
st.title("App");
const name = st.textInput("Name");
function greet(who: string) {
  st.text("Hello " + who);
  if (st.button("Wave")) st.balloons();
}
greet(name);
st.fragment(() => {
  st.button("Inside");
  [1, 2].forEach((i) => st.write(i));
});
const [a, b] = st.columns(2);
a.button("Left");
b.button("Right");
st.button("Go", { onClick: () => st.toast("go") });
`;

function siteIds(source: string): string[] {
  const { code } = compile(source, { filename: "app.ts" });
  return [...(code ?? "").matchAll(/\$rt\.call\("([^"]+)"/g)].map((m) => m[1]!);
}

function insertAfterLine(source: string, line: number, text: string): string {
  const lines = source.split("\n");
  lines.splice(line, 0, text);
  return lines.join("\n");
}

describe("site ids", () => {
  const original = siteIds(script);

  test("are unique within a file", () => {
    expect(original).toEqual([
      "title.0",
      "textInput.0",
      "greet/text.0",
      "greet/button.0",
      "greet/balloons.0",
      "fragment.0",
      "fragment.0/button.0",
      "fragment.0/fn0/write.0",
      "columns.0",
      "button.0",
      "button.1",
      "button.2",
      "button.2.onClick/toast.0",
    ]);
    expect(new Set(original).size).toBe(original.length);
  });

  test.each([
    ["a statement at the top", 1, "const unrelated = 42;"],
    ["a statement inside a function", 4, "  console.log(who);"],
    ["a non-st call inside the fragment", 9, "  Math.max(1, 2);"],
    ["an anonymous function without st calls", 8, "[0].map((x) => x + 1);"],
    ["a comment and a blank line", 2, "// a comment\n"],
    ["an st call of another method", 2, 'st.markdown("**new**");'],
  ])("survive inserting %s", (_, line, text) => {
    const edited = siteIds(insertAfterLine(script, line, text));
    expect(edited.filter((id) => !id.includes("markdown."))).toEqual(original);
  });

  test("of later calls of the same method shift when one is inserted before them", () => {
    const edited = siteIds(insertAfterLine(script, 1, 'st.button("First");'));
    expect(edited).toContain("button.0");
    expect(edited).not.toEqual(original);
  });
});

describe("site ids of an app's other modules (library mode)", () => {
  const helper = `import * as st from "rivulet";\nexport function filters() {\n  st.slider("Level");\n}\nexport const level = st.cacheData((n: number) => n);\n`;
  const idsOf = (filename: string): string[] => {
    const { code } = compile(helper, { filename, mode: "library" });
    return [...(code ?? "").matchAll(/\$rt\.call\("([^"]+)"/g)].map((m) => m[1]!);
  };

  test("differ between two modules with the same calls, and from the entry's", () => {
    const a = idsOf("/app/lib/a.ts");
    const b = idsOf("/app/lib/b.ts");
    expect(a).toHaveLength(2);
    for (const id of a) expect(b).not.toContain(id);
    const entry = siteIds(helper);
    for (const id of [...a, ...b]) expect(entry).not.toContain(id);
  });

  test("are the same for the same file on every compile, and keep the function path", () => {
    expect(idsOf("/app/lib/a.ts")).toEqual(idsOf("/app/lib/a.ts"));
    expect(idsOf("/app/lib/a.ts")[0]).toMatch(/^[0-9a-z]+:filters\/slider\.0$/);
  });
});
