// st.radio, through AppTest: the option itself, captions and layout on the page, Streamlit's errors.
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

describe("st.radio", () => {
  it("returns the first option by default and the chosen option itself", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const sizes = [{ size: "S" }, { size: "M" }];
      const size = st.radio("Size", sizes, { formatFunc: (s) => s.size, captions: ["small", "medium"], horizontal: true });
      st.text(size.size + " " + sizes.includes(size));
    `).run();
    const radio = at.radio[0]!;
    expect([radio.options, radio.captions, radio.horizontal, radio.value]).toEqual([["S", "M"], ["small", "medium"], true, { size: "S" }]);
    expect(at.text[0]!.value).toBe("S true");
    await radio.setValue({ size: "M" }).run();
    expect(at.text[0]!.value).toBe("M true");
    await at.radio[0]!.selectIndex(0).run();
    expect(at.text[0]!.value).toBe("S true");
  });

  it("starts with none chosen with `index: null`, which the page cannot send back", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.text(String(st.radio("Pick", ["a", "b"], { index: null })));
    `).run();
    expect(at.text[0]!.value).toBe("null");
    expect(at.radio[0]!.horizontal).toBe(false);
    await at.radio[0]!.select("b").run();
    expect(at.text[0]!.value).toBe("b");
    at.send(JSON.stringify({ type: "setValue", id: at.radio[0]!.id, value: null }));
    expect(at.errors.at(-1)).toMatch(/cannot be left empty/);
    at.send(JSON.stringify({ type: "setValue", id: at.radio[0]!.id, value: 5 }));
    expect(at.errors.at(-1)).toMatch(/it has no option 5 \(it has 2\)/);
  });

  it("raises Streamlit's errors", async () => {
    const cases: [string, string][] = [
      [`st.radio("r", ["a"], { index: 2 })`, "Radio index must be greater than or equal to 0 and less than the length of options (1); got 2."],
      [`st.radio("r", ["a"], { index: 0.5 })`, "st.radio: `index` should be a whole number or null, not 0.5."],
      [`st.radio("r", ["a"], { captions: [1] as never })`, "st.radio: `captions` should be a list of strings, not 1."],
      [`st.sessionState.r = "z";\nst.radio("r", ["a"], { key: "r" })`, 'st.radio("r") takes one of its options; st.sessionState.r holds "z".'],
    ];
    for (const [call, message] of cases) {
      const at = await AppTest.fromString(`import * as st from "rivulet";\n// rivulet-ignore option_index_out_of_range\n${call};`).run();
      expect(at.exception[0]?.value, call).toBe(message);
    }
  });
});
