// Conformance with Streamlit 1.50: widget values, defaults and options.
// Reference: lib/streamlit/elements/widgets/slider.py (int defaults 0..100 step 1, float defaults
// 0.0..1.0 step 0.01, value defaults to min_value, step 0 raises), text_widgets.py and the
// st.text_input docs ("If None, will initialize empty and return None until the user provides
// input"), st.button docs (help, disabled).
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

describe("st.slider (Streamlit 1.50)", () => {
  it("the value defaults to minValue, and floats step by 0.01 up to 1.0", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.text(String(st.slider("a", { minValue: 5 })));
      st.text(String(st.slider("b", { minValue: 0.25 })));
    `).run();
    expect(at.text.map((t) => t.value)).toEqual(["5", "0.25"]);
    expect(at.slider.map((s) => [s.min, s.max, s.step])).toEqual([
      [5, 100, 1],
      [0.25, 1, 0.01],
    ]);
  });

  it("a step of 0 raises", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.slider("x", { minValue: 0, maxValue: 10, step: 0 });
    `).run();
    expect(at.exception[0]!.type).toBe("RivuletAPIError");
    expect(at.exception[0]!.message).toMatch(/step/);
    expect(at.slider).toHaveLength(0);
  });

  it("keeps its value across runs and reports it to the script and the page", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const v = st.slider("x", { minValue: -10, maxValue: 10, value: -3 });
      st.text("v " + v);
    `).run();
    expect(at.text[0]!.value).toBe("v -3");
    await at.slider[0]!.setValue(-10).run();
    await at.run();
    expect(at.text[0]!.value).toBe("v -10");
    expect(at.slider[0]!.value).toBe(-10);
  });
});

describe("st.text_input (Streamlit 1.50)", () => {
  it("value null returns null until the user types, then the text", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const name = st.textInput("Name", { value: null });
      st.text(name === null ? "nothing yet" : "got " + JSON.stringify(name));
    `).run();
    expect(at.text[0]!.value).toBe("nothing yet");
    await at.run();
    expect(at.text[0]!.value).toBe("nothing yet");
    await at.textInput[0]!.input("Ada").run();
    expect(at.text[0]!.value).toBe('got "Ada"');
  });

  it("the default is the empty string", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.text(JSON.stringify(st.textInput("Name")));
    `).run();
    expect(at.text[0]!.value).toBe('""');
  });

  it("a default longer than maxChars raises", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.textInput("Code", { value: "toolong", maxChars: 3 });
    `).run();
    expect(at.exception[0]!.type).toBe("RivuletAPIError");
    expect(at.textInput).toHaveLength(0);
  });
});

describe("st.checkbox and st.button (Streamlit 1.50)", () => {
  it("a checkbox defaults to false and takes value: true", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.text(st.checkbox("a") + " " + st.checkbox("b", { value: true }));
    `).run();
    expect(at.text[0]!.value).toBe("false true");
    expect(at.checkbox.map((c) => c.value)).toEqual([false, true]);
  });

  it("help and disabled reach the page, and a key is reported on the widget", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.button("Go", { help: "Starts it", disabled: true, key: "go" });
      st.checkbox("Check");
      st.slider("Level", { help: "How much" });
      st.textInput("Name", { disabled: true });
    `).run();
    expect([at.button[0]!.help, at.button[0]!.disabled, at.button[0]!.key]).toEqual(["Starts it", true, "go"]);
    expect([at.checkbox[0]!.help, at.checkbox[0]!.disabled, at.checkbox[0]!.key]).toEqual([undefined, false, undefined]);
    expect([at.slider[0]!.help, at.slider[0]!.disabled]).toEqual(["How much", false]);
    expect(at.textInput[0]!.disabled).toBe(true);
  });

  it("the label of a widget is its label, also when given a key", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.button("Press **me**", { key: "p" });
      st.textInput("Your name");
    `).run();
    expect(at.button[0]!.label).toBe("Press **me**");
    expect(at.textInput[0]!.label).toBe("Your name");
  });
});
