// st.multiselect, through AppTest: options of any type in the order chosen, defaults,
// maxSelections, new options, Streamlit's errors and state rules.
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

describe("st.multiselect", () => {
  it("starts with its default, and gives the chosen options themselves in the order chosen", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const people = [{ name: "Ada" }, { name: "Alan" }, { name: "Grace" }];
      const chosen = st.multiselect("People", people, { default: [people[2]], formatFunc: (p) => p.name });
      st.text(chosen.map((p) => p.name).join(",") + " " + chosen.every((p) => people.includes(p)));
    `).run();
    const box = at.multiselect[0]!;
    expect([box.options, box.value, box.placeholder]).toEqual([["Ada", "Alan", "Grace"], [{ name: "Grace" }], "Choose options"]);
    expect(at.text[0]!.value).toBe("Grace true");
    await box.select({ name: "Ada" }).run();
    expect(at.text[0]!.value).toBe("Grace,Ada true");
    await at.multiselect[0]!.unselect({ name: "Grace" }).run();
    expect(at.text[0]!.value).toBe("Ada true");
    await at.multiselect[0]!.setValue([]).run();
    expect(at.text[0]!.value).toBe("true");
  });

  it("keeps to maxSelections, takes typed options with acceptNewOptions, and refuses the rest", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const two = st.multiselect("Two", ["a", "b", "c"], { maxSelections: 2 });
      const tags = st.multiselect("Tags", ["x"], { acceptNewOptions: true });
      st.text(JSON.stringify([two, tags]));
    `).run();
    const [two, tags] = at.multiselect;
    expect([two!.maxSelections, tags!.placeholder]).toEqual([2, "Choose or add options"]);
    await tags!.setValue(["x", "mine"]).run();
    expect(at.text[0]!.value).toBe('[[],["x","mine"]]');
    at.send(JSON.stringify({ type: "setValue", id: two!.id, value: ["a", "b", "c"] }));
    expect(at.errors.at(-1)).toBe(`Value for widget "${two!.id}" rejected: it takes at most 2 options.`);
    at.send(JSON.stringify({ type: "setValue", id: two!.id, value: ["z"] }));
    expect(at.errors.at(-1)).toBe(`Value for widget "${two!.id}" rejected: "z" is not one of its options.`);
    at.send(JSON.stringify({ type: "setValue", id: two!.id, value: ["a", "a"] }));
    expect(at.errors.at(-1)).toBe(`Value for widget "${two!.id}" rejected: it lists an option twice.`);
  });

  it("raises Streamlit's errors for a default that is not an option and for too many defaults", async () => {
    const cases: [string, string][] = [
      [`st.multiselect("m", ["a"], { default: ["b"] })`, "The default value 'b' is not part of the options. Please make sure that every default values also exists in the options."],
      [`st.multiselect("m", ["a", "b"], { default: ["a", "b"], maxSelections: 1 })`, "Multiselect has 2 options selected but `maxSelections` is set to 1. This happened because you either gave too many options to `default` or you manipulated the widget's state through `st.sessionState`. Note that the latter can happen before the line indicated in the traceback. Please select at most 1 option."],
      [`st.sessionState.m = ["a", "z"];\nst.multiselect("m", ["a"], { key: "m" })`, "st.multiselect(\"m\") takes a list of its options (\"z\" is not one); st.sessionState.m holds a list of 2 values."],
      [`st.multiselect("m", ["a"], { maxSelections: 0 })`, "st.multiselect: `maxSelections` should be a positive integer, not 0."],
    ];
    for (const [call, message] of cases) {
      const at = await AppTest.fromString(`import * as st from "rivulet";\n// rivulet-ignore default_not_an_option max_selections_exceeded\n${call};`).run();
      expect(at.exception[0]?.value, call).toBe(message);
    }
    // One option as the default is a list of one, as in Streamlit.
    const at = await AppTest.fromString(`import * as st from "rivulet";\nst.text(JSON.stringify(st.multiselect("m", ["a", "b"], { default: "b" })));`).run();
    expect(at.text[0]!.value).toBe('["b"]');
  });
});
