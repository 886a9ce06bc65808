import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

// Behaviours a review against Streamlit 1.50 found missing or wrong, pinned after the fix.
describe("Streamlit 1.50 fidelity", () => {
  it("slider: a default outside the range widens it; reversed bounds are swapped; equal bounds raise", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.text(String(st.slider("low", { minValue: 10, maxValue: 100, value: 0 })));
      st.text(String(st.slider("high", { value: 150 })));
      st.text(String(st.slider("reversed", { minValue: 101, maxValue: 100, value: 101 })));
      // rivulet-ignore empty_slider_range
      st.slider("flat", { minValue: 10, maxValue: 10 });
    `).run();
    expect(at.text.map((t) => t.value)).toEqual(["0", "150", "101"]);
    expect(at.slider.map((s) => [s.min, s.max])).toEqual([[0, 100], [0, 150], [100, 101]]);
    expect(at.exception[0]!.type).toBe("RivuletAPIError");
    expect(at.exception[0]!.message).toMatch(/must be less than/);
  });

  it("slider: a session-state value outside the range raises", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.sessionState.s = 10;
      st.slider("s", { minValue: 1, maxValue: 5, key: "s" });
    `).run();
    expect(at.exception[0]!.type).toBe("RivuletAPIError");
    expect(at.exception[0]!.message).toMatch(/takes a number from 1 to 5; st\.sessionState\.s holds 10/);
    expect(at.slider).toHaveLength(0);
  });

  it("slider: new minValue/maxValue/step reset it instead of returning an out-of-range value", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const max = st.checkbox("small") ? 50 : 100;
      st.text(String(st.slider("x", { maxValue: max })));
    `).run();
    await at.slider[0]!.setValue(80).run();
    await at.checkbox[0]!.check().run();
    expect(at.text[0]!.value).toBe("0");
    expect(at.slider[0]!.value).toBe(0);
  });

  it("button: a value set in session state for its key raises", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.sessionState.b = true;
      // rivulet-ignore widget_value_not_settable -- the compiler sees it; this checks the runtime
      st.button("b", { key: "b" });
    `).run();
    expect(at.exception[0]!.type).toBe("RivuletAPIError");
    expect(at.exception[0]!.message).toMatch(/cannot be set using st\.sessionState/);
  });

  it("st.write: numbers, booleans, null and undefined are inline code in the Markdown", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.write("1 + 1 =", 2);
      st.write(true, null, undefined);
    `).run();
    expect(at.markdown.map((m) => m.value)).toEqual(["1 + 1 = \`2\`", "\`true\` \`null\` \`undefined\`"]);
    expect(at.json).toHaveLength(0);
  });

  it("st.write: a function or class is what st.help shows; objects are JSON, each apart from the text around", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      function area(width: number, height = 1) { return width * height; }
      class Shape {}
      st.write("Before", area, { sides: 3 }, Shape, "after");
    `).run();
    expect(at.markdown.map((m) => m.value)).toEqual(["Before", "after"]);
    expect(at.docString.map((d) => [d.name, d.type])).toEqual([["area", "function"], ["Shape", "class"]]);
    expect(at.json.map((j) => j.value)).toEqual([{ sides: 3 }]);
  });

  it("st.rerun() in a callback ends the callback there (and the run goes on)", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.button("go", { onClick: () => { st.sessionState.before = 1; st.rerun(); st.sessionState.after = 2; } });
      st.text(String(st.sessionState.before) + " " + String(st.sessionState.after));
    `).run();
    await at.button[0]!.click().run();
    expect(at.outcomes).toEqual(["completed"]);
    expect(at.text[0]!.value).toBe("1 undefined");
    expect(at.warning.map((w) => w.value)).toEqual(["Calling st.rerun() within a callback is a no-op."]);
  });

  it("a callback runs only when its widget's value changed", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.sessionState.calls ??= 0;
      st.checkbox("c", { value: true, onChange: () => { st.sessionState.calls += 1; } });
      st.text("calls " + st.sessionState.calls);
    `).run();
    await at.checkbox[0]!.check().run();
    expect(at.text[0]!.value).toBe("calls 0");
    await at.checkbox[0]!.uncheck().run();
    expect(at.text[0]!.value).toBe("calls 1");
  });

  it("a fragment cannot write widgets to containers outside it", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const outside = st.container();
      // rivulet-ignore widget_outside_fragment
      st.fragment(() => { st.text("inside"); outside.button("stray"); })();
    `).run();
    expect(at.exception[0]!.type).toBe("RivuletAPIError");
    expect(at.exception[0]!.message).toMatch(/Fragments cannot write widgets to outside containers/);
    expect(at.button).toHaveLength(0);
  });

  it("an exception in a fragment during a full run is shown inside the fragment", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.text("before");
      st.fragment(() => { st.text("in"); throw new Error("boom"); })();
      st.text("after");
    `).run();
    expect(at.outcomes).toEqual(["exception"]);
    const [, fragment, ...rest] = at.main.children as any[];
    expect(fragment.block).toBe("fragment");
    expect(fragment.children.map((c: any) => c.kind)).toEqual(["text", "exception"]);
    expect(rest).toHaveLength(0);
  });

  it("deleting a rendered keyed widget's state keeps the widget usable", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.checkbox("c", { key: "c" });
      if (st.button("forget")) delete st.sessionState.c;
      st.text(String(st.sessionState.c));
    `).run();
    await at.button[0]!.click().run();
    expect(at.text[0]!.value).toBe("undefined");
    await at.checkbox[0]!.check().run();
    expect(at.errors).toEqual([]);
    expect(at.text[0]!.value).toBe("true");
  });

  it("st.stop() and exceptions do not drop the state of widgets the run did not reach", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.text("name is " + (st.sessionState.name ?? "unset"));
      if (st.checkbox("stop")) st.stop();
      st.textInput("Name", { key: "name" });
    `).run();
    await at.textInput[0]!.input("Ada").run();
    await at.checkbox[0]!.check().run();
    await at.run();
    expect(at.text[0]!.value).toBe("name is Ada");
    expect(at.sessionState.name).toBe("Ada");
  });

  it("AppTest shows a text input with value null as null", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.textInput("Name", { value: null });
    `).run();
    expect(at.textInput[0]!.value).toBeNull();
  });

  it("st.empty().write with several arguments raises", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.empty().write("a", "b");
    `).run();
    expect(at.exception[0]!.type).toBe("RivuletAPIError");
    expect(at.exception[0]!.message).toMatch(/Cannot replace a single element with multiple elements/);
  });

  it("a container key and a widget key may not be equal", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.container({ key: "k" });
      st.checkbox("c", { key: "k" });
    `).run();
    expect(at.exception[0]!.type).toBe("RivuletAPIError");
    expect(at.exception[0]!.message).toMatch(/same key/);
  });
});
