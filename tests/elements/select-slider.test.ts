// st.select_slider, through AppTest: options of any type, one or a range, formatFunc, Streamlit's
// errors, session state, callbacks, forms and identity.
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

describe("st.select_slider", () => {
  it("returns the option itself (the first by default); the page shows the labels", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const sizes = [{ name: "S" }, { name: "M" }, { name: "L" }];
      const size = st.selectSlider("Size", sizes, { formatFunc: (s) => s.name });
      const color = st.selectSlider("Color", ["red", "green", "blue"], { value: "green" });
      st.text(size.name + " " + color);
    `).run();
    expect(at.text[0]!.value).toBe("S green");
    expect(at.selectSlider[0]!.options).toEqual(["S", "M", "L"]);
    expect(at.selectSlider[1]!.value).toBe("green");
    await at.selectSlider[0]!.setValue({ name: "L" }).run();
    expect(at.text[0]!.value).toBe("L green");
    const id = at.selectSlider[1]!.id;
    at.send(JSON.stringify({ type: "setValue", id, value: 3 }));
    expect(at.errors.at(-1)).toBe(`Value for widget "${id}" rejected: it has no option 3 (it has 3).`);
    expect(() => at.selectSlider[1]!.setValue("purple")).toThrow(/not a value widget selectSlider/);
  });

  it("is a range with `value: [a, b]`, the ends in the options' order", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const [from, to] = st.selectSlider("Wavelengths", ["red", "orange", "yellow", "green", "blue"], { value: ["blue", "orange"] });
      st.text(from + "-" + to);
    `).run();
    expect(at.text[0]!.value).toBe("orange-blue");
    await at.selectSlider[0]!.setRange("yellow", "red").run();
    expect(at.text[0]!.value).toBe("red-yellow");
    expect(at.selectSlider[0]!.value).toEqual(["red", "yellow"]);
    const id = at.selectSlider[0]!.id;
    at.send(JSON.stringify({ type: "setValue", id, value: 1 }));
    expect(at.errors.at(-1)).toBe(`Value for widget "${id}" rejected: it is a range slider and takes a list of 2.`);
  });

  it("raises Streamlit's errors", async () => {
    const cases: [string, string][] = [
      [`st.selectSlider("s", [])`, "st.selectSlider: `options` should be a non-empty list, not a list of 0 values."],
      [`st.selectSlider("s", ["a", "b"], { value: "c" })`, "The default value \"c\" is not part of the options. Please make sure that every default values also exists in the options."],
      [`st.selectSlider("s", ["a", "b"], { value: ["a", "z"] })`, "The default value \"z\" is not part of the options. Please make sure that every default values also exists in the options."],
      [`st.selectSlider("s", ["a", "b"], { value: ["a"] as never })`, "st.selectSlider: `value` should be an option, or a list of two options (a range), not a list of 1 value."],
      [`st.sessionState.s = "zz";\nst.selectSlider("s", ["a", "b"], { key: "s" })`, 'st.selectSlider("s") takes one of its options; st.sessionState.s holds "zz".'],
      [`st.sessionState.s = "a";\nst.selectSlider("s", ["a", "b"], { key: "s", value: ["a", "b"] })`, 'st.selectSlider("s") takes a list of two of its options (it is a range slider); st.sessionState.s holds "a".'],
    ];
    for (const [call, message] of cases) {
      const at = await AppTest.fromString(`import * as st from "rivulet";\n${call};`).run();
      expect(at.exception[0]?.value, call).toBe(message);
    }
  });

  it("takes session state, calls its callback with args, and in a form waits for the submit", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.sessionState.calls ??= 0;
      if (st.button("max")) st.sessionState.level = "high";
      const level = st.selectSlider("Level", ["low", "mid", "high"], { key: "level", onChange: (n) => (st.sessionState.calls += n), args: [10] });
      const form = st.form("f");
      const inForm = form.selectSlider("Pick", [1, 2, 3], { value: [1, 2] });
      form.formSubmitButton("Send");
      st.text(JSON.stringify([level, st.sessionState.calls, inForm]));
    `).run();
    expect(at.text[0]!.value).toBe('["low",0,[1,2]]');
    await at.button[0]!.click().run();
    expect(at.text[0]!.value).toBe('["high",0,[1,2]]');
    await at.selectSlider[0]!.setValue("mid").run();
    expect(at.text[0]!.value).toBe('["mid",10,[1,2]]');
    await at.selectSlider[1]!.setRange(2, 3).run();
    expect(at.text[0]!.value).toBe('["mid",10,[1,2]]');
    await at.button[1]!.click().run();
    expect(at.text[0]!.value).toBe('["mid",10,[2,3]]');
  });

  it("is a new widget when its options change, even with a key (as st.slider in Streamlit 1.50)", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const more = st.checkbox("more");
      st.text(st.selectSlider("s", more ? ["a", "b", "c", "d"] : ["a", "b", "c"], { key: "s" }));
    `).run();
    await at.selectSlider[0]!.setValue("c").run();
    expect(at.text[0]!.value).toBe("c");
    await at.checkbox[0]!.check().run();
    expect(at.text[0]!.value).toBe("a");
  });
});
