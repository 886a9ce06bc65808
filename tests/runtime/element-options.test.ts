// An st function given an option of the wrong type raises a RivuletAPIError at the call (the
// element's schema, which the page checks too, says what it takes), instead of sending the page
// a node it cannot show. Streamlit's own message where it has one.
import { expect, test } from "vitest";
import { AppTest } from "rivulet/testing";

test("an option of the wrong type is the script's error, at its call", async () => {
  const cases: [string, string][] = [
    [`st.text("t", { help: 5 } as never)`, "st.text: `help` should be string, not 5."],
    [`st.caption("c", { help: ["x"] } as never)`, "st.caption: `help` should be string, not Array."],
    [`st.header("h", { divider: 3 } as never)`, "st.header: `divider` should be boolean | string, not 3."],
    [`st.slider("s", { help: {} } as never)`, "st.slider: `help` should be string, not Object."],
    [`st.button("b", { type: "huge" } as never)`, 'st.button: `type` should be "primary", "secondary" or "tertiary", not "huge".'],
  ];
  for (const [call, message] of cases) {
    const at = await AppTest.fromString(`import * as st from "rivulet";\n${call};\nst.text("after");`).run();
    expect(at.exception.map((e) => e.value), call).toEqual([message]);
    expect(at.text.map((t) => t.value), call).toEqual([]);
  }
});

test("the same calls with options of the right type write their elements", async () => {
  const at = await AppTest.fromString(`
    import * as st from "rivulet";
    st.text("t", { help: "5" });
    st.caption("c", { help: "x" });
    st.header("h", { divider: "red" });
    st.slider("s", { help: "h" });
    st.button("b", { type: "primary" });
  `).run();
  expect(at.exception).toEqual([]);
  expect([at.text.length, at.caption.length, at.header.length, at.slider.length, at.button.length]).toEqual([1, 1, 1, 1, 1]);
});
