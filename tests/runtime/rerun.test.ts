// The three examples of Streamlit's st.rerun page, and the rules of st.rerun and st.stop.
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

describe("st.rerun examples", () => {
  it("1: a click sets state and reruns, and the header shows the new value", async () => {
    const at = await AppTest.fromFile("examples/rerun.ts").run();
    expect(at.header.map((h) => h.value)).toEqual(["Title"]);
    await at.button[0]!.click().run();
    expect(at.header.map((h) => h.value)).toEqual(["Foo"]);
    expect(at.outcomes).toEqual(["rerun", "completed"]);
    expect(at.button[0]!.value).toBe(false);
  });

  it("2: a callback sets state before the script runs", async () => {
    const at = await AppTest.fromFile("examples/rerun-callback.ts").run();
    expect(at.header[0]!.value).toBe("Title");
    await at.button[0]!.click().run();
    expect(at.header[0]!.value).toBe("Bar");
    expect(at.outcomes).toEqual(["completed"]);
  });

  it("3: a container filled after the button shows the new value in one run", async () => {
    const at = await AppTest.fromFile("examples/rerun-container.ts").run();
    expect(at.header[0]!.value).toBe("Title");
    await at.button[0]!.click().run();
    expect(at.header[0]!.value).toBe("Baz");
    expect(at.outcomes).toEqual(["completed"]);
    // The header sits in the container, which comes before the button.
    expect(at.main.children.map((c) => ("kind" in c ? c.kind : c.block))).toEqual(["vertical", "button"]);
  });
});

describe("st.rerun", () => {
  it("halts the run: no later statement executes", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.sessionState.runs = (st.sessionState.runs ?? 0) + 1;
      if (st.sessionState.runs === 1) { st.rerun(); st.text("after rerun"); }
      st.text("run " + st.sessionState.runs);
    `).run();
    expect(at.text.map((t) => t.value)).toEqual(["run 2"]);
    expect(at.outcomes).toEqual(["rerun", "completed"]);
  });

  it("cannot be swallowed by a try/catch", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.sessionState.runs = (st.sessionState.runs ?? 0) + 1;
      try {
        if (st.sessionState.runs === 1) st.rerun();
        st.text("try went on");
      } catch (e) {
        st.text("caught");
      }
      try { if (st.sessionState.runs === 2) st.stop(); } catch { st.text("caught stop"); }
      st.text("end " + st.sessionState.runs);
    `).run();
    expect(at.text.map((t) => t.value)).toEqual(["try went on"]);
    expect(at.outcomes).toEqual(["rerun", "stopped"]);
  });

  it("is a no-op inside a callback", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.button("go", { onClick: () => { st.sessionState.clicked = true; st.rerun(); } });
      st.text(st.sessionState.clicked ? "clicked" : "not clicked");
    `).run();
    await at.button[0]!.click().run();
    expect(at.text[0]!.value).toBe("clicked");
    expect(at.outcomes).toEqual(["completed"]);
  });

  it('raises for scope "fragment" outside a fragment rerun, and for an unknown scope', async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const scope = st.sessionState.scope;
      st.text("before");
      if (scope) st.rerun({ scope });
      st.text("after");
    `).run();
    expect(at.exception).toHaveLength(0);
    at.sessionState.scope = "fragment";
    await at.run();
    expect(at.exception[0]!.type).toBe("RivuletAPIError");
    expect(at.exception[0]!.message).toMatch(/fragment rerun/);
    expect(at.text.map((t) => t.value)).toEqual(["before"]);
    at.sessionState.scope = "everything";
    await at.run();
    expect(at.exception[0]!.message).toMatch(/not a valid rerun scope/);
  });

  it("stops a rerun storm with an exception that names the line, and the session stays usable", async () => {
    const at = await AppTest.fromString(
      [
        `import * as st from "rivulet";`,
        `st.button("again");`,
        `st.sessionState.n = (st.sessionState.n ?? 0) + 1;`,
        `if (!st.sessionState.calm) st.rerun();`,
        `st.text("calm");`,
      ].join("\n"),
      { file: "storm.ts" },
    ).run();
    expect(at.exception).toHaveLength(1);
    expect(at.exception[0]!.message).toMatch(/st\.rerun\(\) was called \d+ times in a row/);
    expect(at.exception[0]!.loc).toMatchObject({ line: 4 });
    at.sessionState.calm = true;
    await at.button[0]!.click().run();
    expect(at.exception).toHaveLength(0);
    expect(at.text[0]!.value).toBe("calm");
  });
});

describe("st.stop", () => {
  it("halts the run and removes what it did not rewrite", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.text("one");
      if (st.checkbox("stop here")) st.stop();
      st.text("two");
    `).run();
    expect(at.text.map((t) => t.value)).toEqual(["one", "two"]);
    await at.checkbox[0]!.check().run();
    expect(at.text.map((t) => t.value)).toEqual(["one"]);
    expect(at.outcomes).toEqual(["stopped"]);
  });
});
