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
      [`st.radio("r", ["a"], { index: 2 })`, "Radio index must be between 0 and length of options"],
      [`st.radio("r", ["a"], { index: 0.5 })`, "Radio Value has invalid type: float"],
      [`st.radio("r", ["a"], { captions: [1] as never })`, "Radio captions must be strings. Passed type: int"],
      [`st.sessionState.r = "z";\nst.radio("r", ["a"], { key: "r" })`, '"z" is not an option of st.radio("r"): a value set through st.sessionState must be one of its options.'],
    ];
    for (const [call, message] of cases) {
      const at = await AppTest.fromString(`import * as st from "rivulet";\n// rivulet-ignore option_index_out_of_range\n${call};`).run();
      expect(at.exception[0]?.value, call).toBe(message);
    }
  });
});
