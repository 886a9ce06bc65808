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
    expect(at.exception[0]!.value).toBe('The value of st.toggle("t") must be true or false; got "yes".');
    at = await AppTest.fromString(`import * as st from "rivulet";\nst.sessionState.t = 1;\nst.toggle("t", { key: "t" });`).run();
    expect(at.exception[0]!.value).toBe('st.toggle("t") takes true or false; st.sessionState holds 1.');
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
      [`st.textArea("t", { height: 40 })`, "Invalid height 40px for `st.textArea` - must be at least 68 pixels."],
      [`st.textArea("t", { height: "tall" as never })`, 'The height of st.textArea must be a number of pixels, "content" or "stretch"; got tall.'],
      [`st.textArea("t", { maxChars: 0 })`, 'The maxChars of st.textArea("t") must be a positive integer; got 0.'],
      [`st.textArea("t", { value: "abc", maxChars: 2 })`, 'The default value "abc" of st.textArea("t") has 3 characters, more than maxChars (2).'],
      [`st.textInput("t", { type: "secret" as never })`, "'secret' is not a valid textInput type. Valid types are 'default' and 'password'."],
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
    expect(at.exception[0]!.value).toBe('The value set through st.sessionState for st.textArea("Bio") has 11 characters, more than maxChars (8).');
  });
});
