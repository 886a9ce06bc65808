// st.sessionState: in, get, set, delete, and the rules for widget keys.
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

describe("st.sessionState", () => {
  it("supports in, get, set and delete, and lives across runs", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      if (!("count" in st.sessionState)) st.sessionState.count = 0;
      st.sessionState.count += 1;
      if (st.sessionState.count === 3) delete st.sessionState.count;
      st.text(String(st.sessionState.count) + " " + Object.keys(st.sessionState).join(","));
    `).run();
    expect(at.text[0]!.value).toBe("1 count");
    await at.run();
    expect(at.text[0]!.value).toBe("2 count");
    await at.run();
    expect(at.text[0]!.value).toBe("undefined");
  });

  it("a value set before its widget is created is the widget's value", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      if (!("level" in st.sessionState)) st.sessionState.level = 8;
      st.text(String(st.slider("Level", { key: "level", maxValue: 10 })));
    `).run();
    expect(at.slider[0]!.value).toBe(8);
    expect(at.text[0]!.value).toBe("8");
  });

  it("setting a widget's value after it was created in this run raises", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.checkbox("c", { key: "c" });
      // rivulet-ignore widget_state_set_after_widget
      st.sessionState.c = true;
    `).run();
    expect(at.exception[0]!.message).toMatch(/cannot be modified after the widget with key "c" is instantiated/);
  });

  it("a button's value cannot be set", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.button("b", { key: "b" });
      st.button("c", { onClick: () => { st.sessionState.b = true; } });
    `).run();
    await at.button[1]!.click().run();
    expect(at.exception[0]!.message).toMatch(/cannot be set using st.sessionState/);
  });

  // Streamlit raises only while the value is new (set since the run began: SessionState's
  // _new_session_state): the next run, which does not set it again, draws the button.
  it("a button's key set before the button raises in that run only", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      // rivulet-ignore widget_value_not_settable -- the runtime's rule is tested
      if (!("go" in st.sessionState)) st.sessionState.go = true;
      st.button("Go", { key: "go" });
    `).run();
    expect(at.exception.map((e) => e.code)).toEqual(["widget_value_not_settable"]);
    await at.run();
    expect(at.exception).toEqual([]);
    expect(at.button.map((b) => b.label)).toEqual(["Go"]);
  });

  it("AppTest can set state before a run", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.text(st.sessionState.greeting ?? "none");
    `).run();
    at.sessionState.greeting = "hi";
    await at.run();
    expect(at.text[0]!.value).toBe("hi");
  });

  it("a widget not rendered in a run loses its state", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      if (st.checkbox("show")) st.slider("s");
    `).run();
    await at.checkbox[0]!.check().run();
    await at.slider[0]!.setValue(5).run();
    await at.checkbox[0]!.uncheck().run();
    await at.checkbox[0]!.check().run();
    expect(at.slider[0]!.value).toBe(0);
  });
});
