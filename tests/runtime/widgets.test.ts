// Widgets: values, defaults, callbacks with args, identity without keys, explicit keys.
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

describe("widget values", () => {
  it("a button is true for exactly the run its click caused", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.text(String(st.button("b")));
    `).run();
    expect(at.text[0]!.value).toBe("false");
    await at.button[0]!.click().run();
    expect(at.text[0]!.value).toBe("true");
    expect(at.button[0]!.value).toBe(true);
    await at.run();
    expect(at.text[0]!.value).toBe("false");
  });

  it("checkbox, slider and text input return their values and keep them across runs", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const on = st.checkbox("on", { value: true });
      const level = st.slider("level", { minValue: 0, maxValue: 10, value: 3 });
      const name = st.textInput("name", { placeholder: "who?" });
      st.text(JSON.stringify([on, level, name]));
    `).run();
    expect([at.checkbox[0]!.value, at.slider[0]!.value, at.textInput[0]!.value]).toEqual([true, 3, ""]);
    expect(at.text[0]!.value).toBe('[true,3,""]');
    await at.slider[0]!.setValue(7).run();
    await at.textInput[0]!.input("Ada").run();
    await at.checkbox[0]!.uncheck().run();
    expect(at.text[0]!.value).toBe('[false,7,"Ada"]');
    await at.run();
    expect(at.text[0]!.value).toBe('[false,7,"Ada"]');
  });

  it("slider defaults follow Streamlit: ints 0..100 step 1, floats 0..1 step 0.01", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.slider("int");
      st.slider("float", { value: 0.5 });
    `).run();
    expect(at.slider.map((s) => [s.min, s.max, s.step, s.value])).toEqual([
      [0, 100, 1, 0],
      [0, 1, 0.01, 0.5],
    ]);
  });

  it("callbacks run before the script with their args and see the new value", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.sessionState.log ??= [];
      const record = (who: string, n: number) => st.sessionState.log.push(who + n + ":" + st.sessionState.box);
      st.checkbox("box", { key: "box", onChange: record, args: ["box", 1] });
      st.text(st.sessionState.log.join(","));
    `).run();
    await at.checkbox[0]!.check().run();
    expect(at.text[0]!.value).toBe("box1:true");
  });
});

describe("widget identity without keys", () => {
  it("the same call in a loop, in .map and in a helper called twice makes separate widgets", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      for (let i = 0; i < 2; i++) st.slider("level");
      ["a", "b"].map(() => st.checkbox("pick"));
      function twice() { return st.textInput("name"); }
      twice(); twice();
    `).run();
    expect(at.exception).toEqual([]);
    expect(new Set(at.slider.map((s) => s.id)).size).toBe(2);
    await at.slider[1]!.setValue(9).run();
    await at.checkbox[0]!.check().run();
    await at.textInput[1]!.input("second").run();
    expect(at.slider.map((s) => s.value)).toEqual([0, 9]);
    expect(at.checkbox.map((c) => c.value)).toEqual([true, false]);
    expect(at.textInput.map((t) => t.value)).toEqual(["", "second"]);
  });

  it("a widget keeps its state when a widget before it appears or disappears", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      if (st.checkbox("show extra")) st.slider("extra");
      st.slider("main");
    `).run();
    await at.slider[0]!.setValue(42).run();
    await at.checkbox[0]!.check().run();
    expect(at.slider.map((s) => s.label)).toEqual(["extra", "main"]);
    expect(at.slider[1]!.value).toBe(42);
  });

  it("an explicit key is the identity and its value is in sessionState", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.textInput("Name", { key: "name" });
      st.text("hello " + st.sessionState.name);
    `).run();
    await at.textInput[0]!.input("Ada").run();
    expect(at.text[0]!.value).toBe("hello Ada");
    expect(at.textInput[0]!.key).toBe("name");
    expect(at.sessionState.name).toBe("Ada");
  });

  it("two widgets with the same explicit key raise RivuletAPIError", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.checkbox("a", { key: "k" });
      // rivulet-ignore duplicate_widget_key
      st.checkbox("b", { key: "k" });
    `).run();
    expect(at.exception[0]!.type).toBe("RivuletAPIError");
    expect(at.exception[0]!.message).toMatch(/same key "k"/);
    expect(at.checkbox).toHaveLength(1);
  });
});

describe("bad input from the page", () => {
  it("rejects malformed and out-of-range messages with an error and changes nothing", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.text("level " + st.slider("level", { minValue: 0, maxValue: 10, value: 5 }));
    `).run();
    const id = at.slider[0]!.id;
    at.send("{not json");
    at.send(JSON.stringify({ type: "setValue", id, value: 11 }));
    at.send(JSON.stringify({ type: "setValue", id, value: "7" }));
    at.send(JSON.stringify({ type: "setValue", id: "nope", value: 1 }));
    at.send(JSON.stringify({ type: "launch" }));
    expect(at.errors).toEqual([
      expect.stringMatching(/not JSON/),
      expect.stringMatching(/11 is greater than the `maxValue` 10/),
      expect.stringMatching(/is not a number/),
      expect.stringMatching(/No widget with id "nope"/),
      expect.stringMatching(/Unknown message type "launch"/),
    ]);
    await at.run();
    expect(at.text[0]!.value).toBe("level 5");
  });
});
