// st.selectbox, through AppTest: the script gets the option itself (any value), the page
// shows labels and sends indexes; Streamlit's defaults, errors and state rules.
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

describe("st.selectbox", () => {
  it("returns the first option by default, and the chosen option itself, however it is shown", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const plans = [{ name: "free", seats: 1 }, { name: "team", seats: 10 }];
      const plan = st.selectbox("Plan", plans, { formatFunc: (p) => p.name.toUpperCase() });
      st.text(\`\${plan.name} \${plan.seats} \${plans.includes(plan)}\`);
    `).run();
    const box = at.selectbox[0]!;
    expect(box.options).toEqual(["FREE", "TEAM"]);
    expect(box.value).toEqual({ name: "free", seats: 1 });
    expect(box.placeholder).toBe("Choose an option");
    expect(at.text[0]!.value).toBe("free 1 true");

    await box.select({ name: "team", seats: 10 }).run();
    expect(at.text[0]!.value).toBe("team 10 true");
    expect(at.selectbox[0]!.value).toEqual({ name: "team", seats: 10 });

    await at.selectbox[0]!.selectIndex(0).run();
    expect(at.text[0]!.value).toBe("free 1 true");
    expect(at.errors).toEqual([]);
  });

  it("starts empty with `index: null`, takes any iterable, and gives null with no options", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const color = st.selectbox("Color", new Set(["red", "green"]), { index: null, placeholder: "Pick one" });
      const fromMap = st.selectbox("Key", new Map([["a", 1], ["b", 2]]), { index: 1 });
      const none = st.selectbox("None", []);
      st.text(\`\${color} \${fromMap} \${none}\`);
    `).run();
    expect(at.text[0]!.value).toBe("null b null");
    expect(at.selectbox[0]!.placeholder).toBe("Pick one");
    expect(at.selectbox[2]!.placeholder).toBe("No options to select.");
    await at.selectbox[0]!.select("green").run();
    expect(at.text[0]!.value).toBe("green b null");
    // A selectbox that starts empty can be emptied again; one with a default cannot.
    await at.selectbox[0]!.selectIndex(null as unknown as number).run();
    expect(at.text[0]!.value).toBe("null b null");
    at.send(JSON.stringify({ type: "setValue", id: at.selectbox[1]!.id, value: null }));
    expect(at.errors.at(-1)).toBe(`Value for widget "${at.selectbox[1]!.id}" rejected: it has a default option and cannot be left empty.`);
  });

  it("refuses an index it has no option for, and text unless it accepts new options", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const fixed = st.selectbox("Fixed", ["a", "b"]);
      const open = st.selectbox("Open", ["a", "b"], { acceptNewOptions: true });
      st.text(\`\${fixed} \${open}\`);
    `).run();
    const [fixed, open] = [at.selectbox[0]!, at.selectbox[1]!];
    expect(open.placeholder).toBe("Choose or add an option");
    at.send(JSON.stringify({ type: "setValue", id: fixed.id, value: 2 }));
    expect(at.errors.at(-1)).toBe(`Value for widget "${fixed.id}" rejected: it has no option 2 (it has 2).`);
    at.send(JSON.stringify({ type: "setValue", id: fixed.id, value: "c" }));
    expect(at.errors.at(-1)).toBe(`Value for widget "${fixed.id}" rejected: it takes the index of one of its options, not text.`);
    at.send(JSON.stringify({ type: "setValue", id: fixed.id, value: 0.5 }));
    expect(at.errors).toHaveLength(3);

    await open.select("mine").run();
    expect(at.text[0]!.value).toBe("a mine");
    expect(at.selectbox[1]!.value).toBe("mine");
    // Typing an option's label chooses that option.
    await at.selectbox[1]!.select("b").run();
    expect(at.text[0]!.value).toBe("a b");
    expect(() => at.selectbox[0]!.select("mine")).toThrow(/"mine" is not a value widget selectbox .* can take/);
  });

  it("raises Streamlit's errors for a bad index, and for options that are not a list", async () => {
    const cases: [string, RegExp][] = [
      [`st.selectbox("x", ["a"], { index: 1 })`, /^Selectbox index must be greater than or equal to 0 and less than the length of options \(1\); got 1\.$/],
      [`st.selectbox("x", ["a"], { index: -1 })`, /^Selectbox index must be greater than or equal to 0/],
      [`st.selectbox("x", ["a"], { index: 0.5 })`, /^st\.selectbox: `index` should be a whole number or null, not 0\.5\.$/],
      [`st.selectbox("x", ["a"], { index: "0" as never })`, /^st\.selectbox: `index` should be a whole number or null, not "0"\.$/],
      [`st.selectbox("x", "ab" as never)`, /^st\.selectbox: `options` should be an array or another iterable \(a Set, a Map's keys\), not "ab"\.$/],
      [`st.selectbox("x", ["a"], { formatFunc: 1 as never })`, /^st\.selectbox: `formatFunc` should be a function, not 1\.$/],
    ];
    for (const [call, message] of cases) {
      const at = await AppTest.fromString(`import * as st from "rivulet";\n// rivulet-ignore option_index_out_of_range\n${call};`).run();
      expect(at.exception[0]?.value, call).toMatch(message);
    }
    // An out-of-range index is no error when there are no options, as in Streamlit.
    const at = await AppTest.fromString(`import * as st from "rivulet";\nst.text(String(st.selectbox("x", [], { index: 3 })));`).run();
    expect(at.text[0]!.value).toBe("null");
  });

  it("takes an option set through st.sessionState, and refuses a value that is not one", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      if (st.button("pick b")) st.sessionState.choice = "b";
      if (st.button("pick z")) st.sessionState.choice = "z";
      if (st.button("clear")) st.sessionState.choice = null;
      const choice = st.selectbox("Choice", ["a", "b"], { key: "choice" });
      st.text(String(choice));
    `).run();
    await at.button[0]!.click().run();
    expect(at.text[0]!.value).toBe("b");
    expect(at.selectbox[0]!.value).toBe("b");
    await at.button[2]!.click().run();
    expect(at.text[0]!.value).toBe("null");
    await at.button[1]!.click().run();
    expect(at.exception[0]!.value).toBe(
      'st.selectbox("Choice") takes one of its options; st.sessionState.choice holds "z".',
    );
  });

  it("is a new widget when its options change, and goes back to its default in a form cleared on submit", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const wide = st.checkbox("wide");
      const size = st.selectbox("Size", wide ? ["S", "M", "L", "XL"] : ["S", "M", "L"], { index: 1 });
      const form = st.form("f", { clearOnSubmit: true });
      const unit = form.selectbox("Unit", ["cm", "in"]);
      form.formSubmitButton("Send");
      st.text(\`\${size} \${unit}\`);
    `).run();
    await at.selectbox[0]!.select("L").run();
    expect(at.text[0]!.value).toBe("L cm");
    await at.checkbox[0]!.check().run();
    expect(at.text[0]!.value).toBe("M cm");

    at.selectbox[1]!.select("in");
    await at.button[0]!.click().run();
    expect(at.text[0]!.value).toBe("M in");
    expect(at.selectbox[1]!.value).toBe("cm");
    await at.run();
    expect(at.text[0]!.value).toBe("M cm");
  });
});
