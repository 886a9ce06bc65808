// st.echo, through AppTest: the body runs and its source (as the compiler read it) shows as a
// TypeScript code block above or below what it wrote.
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

type Tree = { kind: string; children?: Tree[] };
/** The kinds of the main area's elements in page order (the code above sits in a placeholder block). */
const kinds = (at: AppTest): string[] => {
  const walk = (nodes: Tree[]): string[] => nodes.flatMap((n) => (n.kind === "block" ? walk(n.children ?? []) : [n.kind]));
  return walk((at.main.node as Tree).children ?? []);
};

describe("st.echo", () => {
  it("shows the body's source above what it writes, dedented, and runs it", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const result = st.echo(() => {
        // Add them up.
        const total: number = 6 * 7;
        st.text(\`total \${total}\`);
        return total;
      });
      st.text(\`returned \${result}\`);
    `).run();
    expect(at.code.map((c) => [c.value, c.language])).toEqual([["// Add them up.\nconst total: number = 6 * 7;\nst.text(`total ${total}`);\nreturn total;", "typescript"]]);
    expect(at.text.map((t) => t.value)).toEqual(["total 42", "returned 42"]);
    expect(kinds(at)).toEqual(["code", "text", "text"]);
  });

  it('shows it below with codeLocation: "below"', async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.echo(() => st.text("first"), { codeLocation: "below" });
    `).run();
    expect(kinds(at)).toEqual(["text", "code"]);
    expect(at.code[0]!.value).toBe('st.text("first")');
  });

  it("shows an async body's source once it has run, above or below", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      await st.echo(async () => {
        await Promise.resolve();
        st.text("after an await");
      });
      await st.echo(async () => {
        await Promise.resolve();
        st.text("below");
      }, { codeLocation: "below" });
      st.text("end");
    `).run();
    expect(kinds(at)).toEqual(["code", "text", "text", "code", "text"]);
    expect(at.code.map((c) => c.value)).toEqual(['await Promise.resolve();\nst.text("after an await");', 'await Promise.resolve();\nst.text("below");']);
  });

  it("writes magic inside its body, and writes where it is called", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.sidebar.with(() => {
        st.echo(() => {
          \`## In the sidebar\`;
        });
      });
    `).run();
    expect(at.sidebar.code.map((c) => c.value)).toEqual(["`## In the sidebar`;"]);
    expect(at.sidebar.markdown.map((m) => m.value)).toEqual(["## In the sidebar"]);
    expect(at.code).toHaveLength(1);
  });

  it("shows no code when the body raises, as Streamlit", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.echo(() => {
        st.text("before");
        throw new Error("boom");
      });
    `).run();
    expect(at.code).toEqual([]);
    expect(at.text.map((t) => t.value)).toEqual(["before"]);
    expect(at.exception[0]?.value).toBe("boom");
  });

  it("fails clearly when it has no source (a function the compiler could not read)", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      function show(body: () => void) {
        st.echo(body);
      }
      show(() => st.text("x"));
    `).run();
    expect(at.exception[0]?.value).toMatch(/^st\.echo cannot show this code: the compiler passes it the source/);
    expect(at.text).toEqual([]);
  });
});
