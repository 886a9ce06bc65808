// st.pills, st.segmentedControl and st.feedback (Streamlit's button groups), st.colorPicker,
// st.linkButton, and st.button's icon and width, through AppTest.
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

describe("st.pills and st.segmentedControl", () => {
  it("single mode: the option itself or null; choosing again with select replaces it, unselect leaves none", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const sizes = [{ size: "S" }, { size: "M" }, { size: "L" }];
      const size = st.pills("Size", sizes, { formatFunc: (s) => s.size });
      st.text(size === null ? "none" : size.size + " " + sizes.includes(size));
    `).run();
    const pills = at.pills[0]!;
    expect([pills.label, pills.options, pills.value, pills.multi]).toEqual(["Size", [{ label: "S" }, { label: "M" }, { label: "L" }], null, false]);
    expect(at.text[0]!.value).toBe("none");
    await pills.select({ size: "M" }).run();
    expect(at.text[0]!.value).toBe("M true");
    await at.pills[0]!.select({ size: "L" }).run();
    expect(at.text[0]!.value).toBe("L true");
    await at.pills[0]!.unselect(at.pills[0]!.value).run();
    expect(at.text[0]!.value).toBe("none");
  });

  it("multi mode: a list, the default first; select adds and unselect takes out", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const picked = st.segmentedControl("Days", ["Mon", "Tue", "Wed"], { selectionMode: "multi", default: ["Tue"] });
      st.text(JSON.stringify(picked));
    `).run();
    expect(at.text[0]!.value).toBe('["Tue"]');
    expect(at.segmentedControl[0]!.multi).toBe(true);
    await at.segmentedControl[0]!.select("Mon").run();
    expect(at.text[0]!.value).toBe('["Tue","Mon"]');
    await at.segmentedControl[0]!.unselect("Tue").run();
    expect(at.text[0]!.value).toBe('["Mon"]');
    // The page sends indexes, in the order shown.
    at.send(JSON.stringify({ type: "setValue", id: at.segmentedControl[0]!.id, value: [0, 2] }));
    await at.run();
    expect(at.text[0]!.value).toBe('["Mon","Wed"]');
  });

  it("refuses page values that are not options, and more than one in single mode", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.text(String(st.pills("P", ["a", "b"])));
    `).run();
    const id = at.pills[0]!.id;
    at.send(JSON.stringify({ type: "setValue", id, value: [3] }));
    expect(at.errors.at(-1)).toMatch(/it has no option 3 \(it has 2\)/);
    at.send(JSON.stringify({ type: "setValue", id, value: [0, 1] }));
    expect(at.errors.at(-1)).toMatch(/it takes one option at most/);
    at.send(JSON.stringify({ type: "setValue", id, value: [1, 1] }));
    expect(at.errors.at(-1)).toMatch(/it lists an option twice/);
    at.send(JSON.stringify({ type: "setValue", id, value: "a" }));
    expect(at.errors.length).toBeGreaterThan(3);
    await at.run();
    expect(at.text[0]!.value).toBe("null");
  });

  it("a leading Material icon in a label becomes the button's icon", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.segmentedControl("Mode", [":material/light_mode: Light", "Dark"]);
    `).run();
    expect(at.segmentedControl[0]!.options).toEqual([{ label: "Light", icon: ":material/light_mode:" }, { label: "Dark" }]);
    // The script still gets the option as it gave it.
  });

  it("keeps a keyed choice when the default changes; runs onChange with args; holds the value in a form until submit", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const flip = st.checkbox("flip");
      const pick = st.pills("P", ["a", "b", "c"], { key: "p", default: flip ? "c" : "a", onChange: (n: number) => { st.sessionState.calls = (st.sessionState.calls ?? 0) + n; }, args: [10] });
      const form = st.form("f");
      const inForm = form.segmentedControl("S", ["x", "y"]);
      form.formSubmitButton("Go");
      st.text(\`\${pick} \${inForm} \${st.sessionState.calls ?? 0} \${st.sessionState.p}\`);
    `).run();
    expect(at.text[0]!.value).toBe("a null 0 a");
    await at.pills[0]!.select("b").run();
    expect(at.text[0]!.value).toBe("b null 10 b");
    await at.checkbox[0]!.check().run();
    expect(at.text[0]!.value).toBe("b null 10 b");
    await at.segmentedControl[0]!.select("y").run();
    // AppTest sets a form's widget like the page: the value waits for the submit.
    expect(at.text[0]!.value).toBe("b null 10 b");
    await at.button[0]!.click().run();
    expect(at.text[0]!.value).toBe("b y 10 b");
  });

  it("takes a value set through st.sessionState, and refuses one that is not an option", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      if (st.button("set")) st.sessionState.p = ["b"];
      if (st.button("bad")) st.sessionState.p = "z";
      st.text(JSON.stringify(st.pills("P", ["a", "b"], { key: "p", selectionMode: "multi" })));
    `).run();
    await at.button[0]!.click().run();
    expect(at.text[0]!.value).toBe('["b"]');
    await at.button[1]!.click().run();
    expect(at.exception[0]?.value).toBe('st.pills("P") takes a list of its options (its selectionMode is "multi"); st.sessionState.p holds "z".');
  });

  it("raises Streamlit's errors", async () => {
    const cases: [string, string][] = [
      [`st.pills("p", ["a"], { selectionMode: "many" as never })`, "st.pills: `selectionMode` should be \"single\" or \"multi\", not \"many\"."],
      [`st.pills("p", ["a", "b"], { default: ["a", "b"] })`, "st.pills: `default` should be a single value when selectionMode is \"single\", not a list of 2 values."],
      [`st.segmentedControl("p", ["a"], { default: "z" })`, "The default value 'z' is not part of the options. Please make sure that every default values also exists in the options."],
      [`st.pills("p", ["a"], { width: 0 })`, "st.pills: `width` should be a number of pixels, \"stretch\" or \"content\", not 0."],
    ];
    for (const [call, message] of cases) {
      const at = await AppTest.fromString(`import * as st from "rivulet";\n${call};`).run();
      expect(at.exception[0]?.value, call).toBe(message);
    }
  });
});

describe("st.feedback", () => {
  it("thumbs give 1 (up) or 0 (down); null until rated and after the rating is taken back", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.text(String(st.feedback()));
    `).run();
    expect([at.feedback[0]!.options, at.feedback[0]!.value]).toEqual(["thumbs", null]);
    await at.feedback[0]!.setValue(1).run();
    expect(at.text[0]!.value).toBe("1");
    await at.feedback[0]!.setValue(null).run();
    expect(at.text[0]!.value).toBe("null");
    at.send(JSON.stringify({ type: "setValue", id: at.feedback[0]!.id, value: 2 }));
    expect(at.errors.at(-1)).toMatch(/thumbs go from 0 to 1/);
  });

  it("stars from a default, with a key and a callback", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const stars = st.feedback("stars", { default: 2, key: "rating", onChange: () => { st.sessionState.changed = true; } });
      st.text(\`\${stars} \${st.sessionState.rating} \${st.sessionState.changed ?? false}\`);
    `).run();
    expect(at.text[0]!.value).toBe("2 2 false");
    await at.feedback[0]!.setValue(4).run();
    expect(at.text[0]!.value).toBe("4 4 true");
  });

  it("raises Streamlit's errors", async () => {
    const cases: [string, string][] = [
      [`st.feedback("hearts" as never)`, "st.feedback: `options` should be \"thumbs\", \"faces\" or \"stars\", not \"hearts\"."],
      [`st.feedback("faces", { default: 5 })`, "st.feedback: `default` should be a number from 0 to 4, or null, not 5."],
      [`st.sessionState.f = 3;\nst.feedback("thumbs", { key: "f" })`, "st.feedback(\"\") takes a number from 0 to 1, or null; st.sessionState.f holds 3."],
    ];
    for (const [call, message] of cases) {
      const at = await AppTest.fromString(`import * as st from "rivulet";\n${call};`).run();
      expect(at.exception[0]?.value, call).toBe(message);
    }
  });
});

describe("st.colorPicker", () => {
  it("is black by default; keeps a short hex as given; pick sets the colour", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.text(st.colorPicker("Plain") + " " + st.colorPicker("Short", { value: "#0af" }));
    `).run();
    expect(at.text[0]!.value).toBe("#000000 #0af");
    expect(at.colorPicker[1]!.value).toBe("#0af");
    await at.colorPicker[0]!.pick("#ff8800").run();
    expect(at.text[0]!.value).toBe("#ff8800 #0af");
    at.send(JSON.stringify({ type: "setValue", id: at.colorPicker[0]!.id, value: "red" }));
    expect(at.errors.length).toBe(1);
  });

  it("a keyed picker keeps the user's colour when its default changes", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const flip = st.checkbox("flip");
      st.text(st.colorPicker("C", { key: "c", value: flip ? "#111111" : "#222222" }));
    `).run();
    await at.colorPicker[0]!.pick("#abcdef").run();
    await at.checkbox[0]!.check().run();
    expect(at.text[0]!.value).toBe("#abcdef");
  });

  it("raises Streamlit's errors", async () => {
    const cases: [string, string][] = [
      [`st.colorPicker("c", { value: "#12" })`, "st.colorPicker: `value` should be a hex colour such as '#00FFAA' or '#000', not \"#12\"."],
      [`st.colorPicker("c", { value: 5 as never })`, "st.colorPicker: `value` should be a hex colour such as '#00FFAA' or '#000', not 5."],
      [`st.sessionState.c = "blue";\nst.colorPicker("c", { key: "c" })`, "st.colorPicker(\"c\") takes a hex colour such as '#00FFAA' or '#000'; st.sessionState.c holds \"blue\"."],
    ];
    for (const [call, message] of cases) {
      const at = await AppTest.fromString(`import * as st from "rivulet";\n${call};`).run();
      expect(at.exception[0]?.value, call).toBe(message);
    }
  });
});

describe("st.linkButton and the button's icon and width", () => {
  it("writes a link button; a button takes an icon and a width", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.linkButton("Docs", "https://example.com/docs", { type: "primary", icon: "📖", width: "stretch" });
      st.button("Save", { icon: ":material/save:", width: 200 });
      st.button("Wide", { useContainerWidth: true });
    `).run();
    const link = at.linkButton[0]!;
    expect([link.label, link.url, link.type, link.icon, link.width, link.disabled]).toEqual(["Docs", "https://example.com/docs", "primary", "📖", "stretch", false]);
    expect([at.button[0]!.icon, at.button[0]!.width, at.button[1]!.width]).toEqual([":material/save:", 200, "stretch"]);
  });

  it("raises Streamlit's errors", async () => {
    const cases: [string, string][] = [
      [`st.linkButton("Go", "https://x.example", { type: "danger" as never })`, 'st.linkButton: `type` should be "primary", "secondary" or "tertiary", not "danger".'],
      [`st.button("Go", { icon: "go" })`, 'st.button: `icon` should be a single emoji (shortcodes are not allowed) or a Material icon shortcode such as ":material/thumb_up:", not "go".'],
      [`st.button("Go", { width: "wide" as never })`, `st.button: \`width\` should be a number of pixels, "stretch" or "content", not "wide".`],
      [`st.linkButton("Go", "")`, 'st.linkButton: `url` should be a URL to open, not "".'],
    ];
    for (const [call, message] of cases) {
      const at = await AppTest.fromString(`import * as st from "rivulet";\n${call};`).run();
      expect(at.exception[0]?.value, call).toBe(message);
    }
  });
});
