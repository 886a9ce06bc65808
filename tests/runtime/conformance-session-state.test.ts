// Conformance with Streamlit 1.50: st.session_state and keyed widgets.
// Reference: lib/streamlit/runtime/state/session_state.py (__setitem__ raises only for a widget
// instantiated in the current run; register_widget takes a value set before creation;
// _remove_stale_widgets drops widgets a completed run did not render, scoped to the fragment in a
// fragment run; filtered_state exposes keyed widgets only).
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

describe("session state and widget keys (Streamlit 1.50)", () => {
  it("a keyed widget is in session state from its creation on; an unkeyed one never is", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const before = "k" in st.sessionState;
      st.checkbox("unkeyed");
      st.checkbox("keyed", { key: "k" });
      st.text(before + " " + ("k" in st.sessionState) + " " + Object.keys(st.sessionState).join(","));
    `).run();
    expect(at.text[0]!.value).toBe("false true k");
    await at.run();
    expect(at.text[0]!.value).toBe("true true k");
  });

  it("a value set before the widget's call in a later run becomes the widget's value", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      if (st.checkbox("bump")) st.sessionState.level = 3;
      st.text("level " + st.slider("Level", { key: "level", maxValue: 10 }));
    `).run();
    await at.slider[0]!.setValue(8).run();
    expect(at.text[0]!.value).toBe("level 8");
    await at.checkbox[0]!.check().run();
    expect(at.exception).toHaveLength(0);
    expect(at.text[0]!.value).toBe("level 3");
    expect(at.slider[0]!.value).toBe(3);
  });

  it("setting a form's key after the form raises, as Streamlit 1.50 does; before it, it is a plain value", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.sessionState.profile = "before";
      const profile = st.form("profile");
      profile.textInput("Name");
      profile.formSubmitButton("Save");
      if (st.button("overwrite")) st.sessionState.profile = "after";
      st.text(String(st.sessionState.profile));
    `).run();
    expect(at.exception).toHaveLength(0);
    expect(at.text[0]!.value).toBe("before");
    await at.button.find((b) => b.label === "overwrite")!.click().run();
    expect(at.exception[0]!.type).toBe("RivuletAPIError");
    expect(at.exception[0]!.message).toBe('st.sessionState.profile cannot be modified after the form with key "profile" is instantiated.');
  });

  it("setting a keyed widget's value after its call raises, and the widget keeps its value", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const name = st.textInput("Name", { key: "name" });
      st.text("hello " + name);
      if (st.button("overwrite")) st.sessionState.name = "Bob";
    `).run();
    await at.textInput[0]!.input("Ada").run();
    await at.button[0]!.click().run();
    expect(at.exception[0]!.type).toBe("RivuletAPIError");
    expect(at.exception[0]!.message).toMatch(/name.*cannot be modified after the widget with key .?name.? is instantiated/);
    await at.run();
    expect(at.text[0]!.value).toBe("hello Ada");
    expect(at.sessionState.name).toBe("Ada");
  });

  it("AppTest can set a keyed widget's value between runs", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.text("on " + st.checkbox("On", { key: "on" }));
    `).run();
    at.sessionState.on = true;
    await at.run();
    expect(at.checkbox[0]!.value).toBe(true);
    expect(at.text[0]!.value).toBe("on true");
  });

  it("a keyed widget a completed run did not render leaves session state", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      if (st.checkbox("show", { value: true })) st.textInput("Name", { key: "name" });
      st.text(String("name" in st.sessionState));
    `).run();
    await at.textInput[0]!.input("Ada").run();
    await at.checkbox[0]!.uncheck().run();
    expect(at.text[0]!.value).toBe("true");
    expect("name" in at.sessionState).toBe(false);
    await at.checkbox[0]!.check().run();
    expect(at.textInput[0]!.value).toBe("");
  });

  it("user values (not widget keys) persist however the runs end", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.sessionState.count = (st.sessionState.count ?? 0) + 1;
      const mode = st.sessionState.mode;
      if (mode === "stop") st.stop();
      if (mode === "throw") throw new Error("boom");
      st.text("count " + st.sessionState.count);
    `).run();
    at.sessionState.mode = "stop";
    await at.run();
    at.sessionState.mode = "throw";
    await at.run();
    at.sessionState.mode = "none";
    await at.run();
    expect(at.text[0]!.value).toBe("count 4");
  });

  it("two widgets of different kinds with the same key raise", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.checkbox("a", { key: "k" });
      // rivulet-ignore duplicate_widget_key
      st.slider("b", { key: "k" });
      st.text("not reached");
    `).run();
    expect(at.exception[0]!.type).toBe("RivuletAPIError");
    expect(at.exception[0]!.message).toMatch(/same key/);
    expect(at.text).toHaveLength(0);
  });

  it("a fragment rerun may set the state of a keyed widget outside it; the next full run shows it", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.text("outer " + st.slider("Outer", { key: "outer", maxValue: 10 }));
      st.fragment(() => {
        if (st.button("set outer")) st.sessionState.outer = 9;
      })();
      st.button("full rerun");
    `).run();
    await at.button[0]!.click().run();
    expect(at.exception).toHaveLength(0);
    expect(at.sessionState.outer).toBe(9);
    await at.button[1]!.click().run();
    expect(at.text[0]!.value).toBe("outer 9");
  });
});
