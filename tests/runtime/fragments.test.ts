// st.fragment: a widget inside reruns only the fragment; one outside reruns the app.
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

const app = `
  import * as st from "rivulet";
  st.sessionState.appRuns = (st.sessionState.appRuns ?? 0) + 1;
  st.sessionState.fragmentRuns ??= 0;
  const prefix = "item";
  st.text("app runs " + st.sessionState.appRuns);
  const counter = st.fragment((label: string) => {
    st.sessionState.fragmentRuns += 1;
    if (st.button(label)) st.sessionState.clicks = (st.sessionState.clicks ?? 0) + 1;
    st.text(prefix + " clicks " + (st.sessionState.clicks ?? 0));
  });
  counter("inside");
  st.button("outside");
  st.text("last");
`;

describe("st.fragment", () => {
  it("a widget inside reruns only the fragment, with its captured scope and arguments", async () => {
    const at = await AppTest.fromString(app).run();
    expect(at.text.map((t) => t.value)).toEqual(["app runs 1", "item clicks 0", "last"]);
    await at.button[0]!.click().run();
    expect(at.text.map((t) => t.value)).toEqual(["app runs 1", "item clicks 1", "last"]);
    expect(at.sessionState.fragmentRuns).toBe(2);
    expect(at.button.map((b) => b.label)).toEqual(["inside", "outside"]);
  });

  it("a widget outside reruns the app and the fragment with it", async () => {
    const at = await AppTest.fromString(app).run();
    await at.button[1]!.click().run();
    expect(at.text.map((t) => t.value)).toEqual(["app runs 2", "item clicks 0", "last"]);
    expect(at.sessionState.fragmentRuns).toBe(2);
  });

  it("a fragment rerun replaces exactly its own elements, however many it writes", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.text("top");
      const list = st.fragment(() => {
        const n = st.slider("n", { maxValue: 5, value: 2 });
        for (let i = 0; i < n; i++) st.text("row " + i);
      });
      const [left] = st.columns(2);
      left.text("in column");
      list();
      st.text("bottom");
    `).run();
    expect(at.text.map((t) => t.value)).toEqual(["top", "in column", "row 0", "row 1", "bottom"]);
    await at.slider[0]!.setValue(4).run();
    expect(at.outcomes).toEqual(["completed"]);
    expect(at.text.map((t) => t.value)).toEqual(["top", "in column", "row 0", "row 1", "row 2", "row 3", "bottom"]);
    await at.slider[0]!.setValue(0).run();
    expect(at.text.map((t) => t.value)).toEqual(["top", "in column", "bottom"]);
  });

  it('st.rerun({ scope: "fragment" }) during a fragment rerun reruns only the fragment', async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.sessionState.appRuns = (st.sessionState.appRuns ?? 0) + 1;
      st.fragment(() => {
        st.sessionState.f = (st.sessionState.f ?? 0) + 1;
        if (st.button("again") && st.sessionState.f < 10) st.rerun({ scope: "fragment" });
        st.text("fragment " + st.sessionState.f + " app " + st.sessionState.appRuns);
      })();
    `).run();
    await at.button[0]!.click().run();
    expect(at.outcomes).toEqual(["rerun", "completed"]);
    expect(at.text[0]!.value).toBe("fragment 3 app 1");
  });

  it("a widget inside keeps its own identity in a fragment rerun", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.slider("level");
      st.fragment(() => { st.slider("level"); st.slider("level"); })();
    `).run();
    await at.slider[2]!.setValue(30).run();
    await at.slider[1]!.setValue(20).run();
    expect(at.slider.map((s) => s.value)).toEqual([0, 20, 30]);
  });
});
