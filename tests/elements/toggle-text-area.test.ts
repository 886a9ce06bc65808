// st.toggle and st.text_area, through AppTest: values, defaults, Streamlit's errors, state rules.
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

describe("st.toggle", () => {
  it("is off by default, on when set, and its own widget beside a checkbox of the same label", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const dark = st.toggle("Dark", { help: "theme" });
      const box = st.checkbox("Dark");
      const on = st.toggle("On", { value: true });
      st.text(\`\${dark} \${box} \${on}\`);
    `).run();
    expect(at.text[0]!.value).toBe("false false true");
    expect(at.toggle.map((t) => t.label)).toEqual(["Dark", "On"]);
    expect(at.toggle[0]!.help).toBe("theme");
    await at.toggle[0]!.setValue(true).run();
    expect(at.text[0]!.value).toBe("true false true");
    expect(at.toggle[0]!.value).toBe(true);
  });

  it("refuses a value that is not true or false, from the script or from st.sessionState", async () => {
    let at = await AppTest.fromString(`import * as st from "rivulet";\nst.toggle("t", { value: "yes" as never });`).run();
    expect(at.exception[0]!.value).toBe('st.toggle: `value` should be true or false, not "yes".');
    at = await AppTest.fromString(`import * as st from "rivulet";\nst.sessionState.t = 1;\nst.toggle("t", { key: "t" });`).run();
    expect(at.exception[0]!.value).toBe('st.toggle("t") takes true or false; st.sessionState.t holds 1.');
    at = await AppTest.fromString(`import * as st from "rivulet";\n// rivulet-ignore invalid_label_visibility\nst.toggle("t", { labelVisibility: "gone" as never });`).run();
    expect(at.exception[0]!.value).toBe("Unsupported labelVisibility option 'gone'. Valid values are 'visible', 'hidden' or 'collapsed'.");
  });
});

describe("st.text_area", () => {
  it("holds text across runs, with its height, placeholder and maxChars on the page", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const notes = st.textArea("Notes", { height: 200, maxChars: 20, placeholder: "Write…", labelVisibility: "collapsed" });
      const none = st.textArea("Nothing yet", { value: null, height: "content" });
      st.text(JSON.stringify([notes, none]));
    `).run();
    expect(at.text[0]!.value).toBe('["",null]');
    const area = at.textArea[0]!;
    expect([area.height, area.maxChars, area.placeholder, area.labelVisibility]).toEqual([200, 20, "Write…", "collapsed"]);
    expect(at.textArea[1]!.height).toBe("content");
    await area.input("line 1\nline 2").run();
    expect(at.text[0]!.value).toBe('["line 1\\nline 2",null]');
    // maxChars counts characters as Python does: an emoji is one.
    at.send(JSON.stringify({ type: "setValue", id: area.id, value: "🙂".repeat(20) }));
    expect(at.errors).toEqual([]);
    at.send(JSON.stringify({ type: "setValue", id: area.id, value: "x".repeat(21) }));
    expect(at.errors.at(-1)).toBe(`Value for widget "${area.id}" rejected: 21 characters is more than maxChars (20).`);
  });

  it("raises Streamlit's errors for a height under 68 pixels, a bad maxChars and a default too long", async () => {
    const cases: [string, string][] = [
      [`st.textArea("t", { height: 40 })`, "st.textArea: `height` should be at least 68 pixels, not 40."],
      [`st.textArea("t", { height: "tall" as never })`, 'st.textArea: `height` should be a number of pixels, "content" or "stretch", not "tall".'],
      [`st.textArea("t", { maxChars: 0 })`, 'st.textArea: `maxChars` should be a positive integer, not 0.'],
      [`st.textArea("t", { value: "abc", maxChars: 2 })`, 'st.textArea: `value` should be at most maxChars (2) characters long, not "abc".'],
      [`st.textInput("t", { type: "secret" as never })`, "st.textInput: `type` should be \"default\" or \"password\", not \"secret\"."],
    ];
    for (const [call, message] of cases) {
      const at = await AppTest.fromString(`import * as st from "rivulet";\n${call};`).run();
      expect(at.exception[0]?.value, call).toBe(message);
    }
  });

  it("takes text set through st.sessionState, and refuses text longer than maxChars there", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      if (st.button("fill")) st.sessionState.bio = "hello";
      if (st.button("overfill")) st.sessionState.bio = "hello world";
      st.text(String(st.textArea("Bio", { key: "bio", maxChars: 8 })));
    `).run();
    await at.button[0]!.click().run();
    expect(at.text[0]!.value).toBe("hello");
    await at.button[1]!.click().run();
    expect(at.exception[0]!.value).toBe('st.textArea("Bio") takes text of at most 8 characters (its maxChars); st.sessionState.bio holds "hello world".');
  });
});
