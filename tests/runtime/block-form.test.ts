// The block form, Streamlit's `with col:`: st.* inside `container.with(fn)` writes into the container.
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

describe("container.with", () => {
  it("st calls inside write into the container, and after it back where they were", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const [left, right] = st.columns(2);
      right.with(() => st.text("in right"));
      left.with(() => {
        st.text("in left");
        const inner = st.container();
        inner.with(() => st.text("nested"));
      });
      st.text("after");
    `).run();
    const [row, after] = at.main.children as any[];
    expect(row.children[0].children.map((c: any) => c.value ?? c.block)).toEqual(["in left", "vertical"]);
    expect(row.children[0].children[1].children[0].value).toBe("nested");
    expect(row.children[1].children[0].value).toBe("in right");
    expect(after.value).toBe("after");
  });

  it("returns what its function returns and restores the container after an exception", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const box = st.container();
      const n = box.with(() => st.slider("n", { value: 4 }));
      try { box.with(() => { throw new Error("inside"); }); } catch (e) { st.text("caught " + (e as Error).message); }
      st.text("n " + n);
    `).run();
    expect(at.main.children.map((c: any) => c.value ?? c.block)).toEqual(["vertical", "caught inside", "n 4"]);
  });

  it("works with async functions and with the sidebar", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      await st.sidebar.with(async () => {
        st.header("side");
        await new Promise((r) => setTimeout(r, 1));
        st.text("still side");
      });
      st.text("main");
    `).run();
    expect(at.sidebar.children.map((c: any) => c.value)).toEqual(["side", "still side"]);
    expect(at.main.children.map((c: any) => c.value)).toEqual(["main"]);
  });

  it("lets a fragment render into a column without passing the container around", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const [left] = st.columns(2);
      const counter = st.fragment(() => {
        if (st.button("+")) st.sessionState.n = (st.sessionState.n ?? 0) + 1;
        st.text("n " + (st.sessionState.n ?? 0));
      });
      left.with(() => counter());
    `).run();
    await at.button[0]!.click().run();
    const column = (at.main.children[0] as any).children[0];
    expect(column.children[0].block).toBe("fragment");
    expect(at.text[0]!.value).toBe("n 1");
  });
});

describe("async blocks the script does not wait for", () => {
  it("an async fragment writes into its block after its await, and the script goes on where it was", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const f = st.fragment(async () => {
        st.text("before await");
        await new Promise((r) => setTimeout(r, 5));
        st.text("after await");
      });
      f();
      st.button("rerun");
    `).run();
    await at.waitFor((t) => t.text.length === 2);
    const [fragment, button] = at.main.children as any[];
    expect(fragment.block).toBe("fragment");
    expect(fragment.children.map((c: any) => c.value)).toEqual(["before await", "after await"]);
    expect(button.kind).toBe("button");
  });

  it("an async container.with body writes into the container after its await", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const [left] = st.columns(2);
      const done = left.with(async () => {
        await new Promise((r) => setTimeout(r, 5));
        st.text("after await");
      });
      st.text("main");
      await done;
      st.text("end");
    `).run();
    const [row, main, end] = at.main.children as any[];
    expect(row.children[0].children.map((c: any) => c.value)).toEqual(["after await"]);
    expect([main.value, end.value]).toEqual(["main", "end"]);
  });
});
