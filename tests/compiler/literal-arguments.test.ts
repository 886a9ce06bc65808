// The build-time checks of literal arguments agree with the runtime: each call below is run
// through AppTest, and the compiler reports its code exactly when the run raises, with the
// meaning of the runtime's message. A check that reported a call the runtime takes would block
// a build that works.
import { compile } from "@rivulet/compiler";
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

/** A call, the code the compiler must report for it (null: none), and the runtime's message then. */
const CASES: [string, string | null, RegExp | null][] = [
  [`st.selectbox("s", ["a", "b"], { index: 2 })`, "option_index_out_of_range", /index must be greater than or equal to 0/],
  [`st.selectbox("s", ["a", "b"], { index: 1 })`, null, null],
  [`st.radio("r", ["a"], { index: -1 })`, "option_index_out_of_range", /Radio index must be greater than or equal to 0 and less than the length of options/],
  [`st.radio("r", [], { index: 4 })`, null, null],
  [`st.multiselect("m", [1, 2], { default: ["1"] })`, "default_not_an_option", /The default value '1' is not part of the options/],
  [`st.multiselect("m", ["a", null], { default: [null] })`, null, null],
  [`st.multiselect("m", ["a"], { default: null })`, null, null],
  [`st.multiselect("m", ["a", "b", "c"], { default: ["a", "b"], maxSelections: 1 })`, "max_selections_exceeded", /Multiselect has 2 options selected but `maxSelections` is set to 1/],
  [`st.multiselect("m", ["a", "b"], { default: ["a", "b"], maxSelections: 2 })`, null, null],
  [`st.numberInput("n", { minValue: 0, maxValue: 10, value: 11 })`, "value_out_of_range", /The `value` 11 is greater than the `maxValue` 10/],
  [`st.numberInput("n", { minValue: 1, value: 0.5 })`, "value_out_of_range", /The `value` 0.5 is less than the `minValue` 1/],
  [`st.numberInput("n", { minValue: 10, maxValue: 5 })`, "value_out_of_range", /The `value` 10 is greater than the `maxValue` 5/],
  [`st.numberInput("n", { maxValue: -1 })`, "value_out_of_range", /The `value` 0 is greater than the `maxValue` -1/],
  [`st.numberInput("n", { minValue: 10, maxValue: 5, value: null })`, null, null],
  [`st.numberInput("n", { minValue: -5 })`, null, null],
  [`st.slider("s", { minValue: 5, maxValue: 5 })`, "empty_slider_range", /Slider `minValue` must be less than the `maxValue`/],
  [`st.slider("s", { minValue: 100 })`, "empty_slider_range", /Slider `minValue` must be less than the `maxValue`/],
  [`st.slider("s", { minValue: 1, step: 0.5 })`, "empty_slider_range", /Slider `minValue` must be less than the `maxValue`/],
  [`st.slider("s", { maxValue: 0 })`, "empty_slider_range", /Slider `minValue` must be less than the `maxValue`/],
  [`st.slider("s", { minValue: 10, maxValue: 5 })`, null, null],
  [`st.slider("s", { minValue: 5, maxValue: 5, value: 6 })`, null, null],
  [`st.slider("s", { maxValue: -10 })`, null, null],
  [`st.textInput("t", { labelVisibility: "none" as never })`, "invalid_label_visibility", /Unsupported labelVisibility option 'none'/],
  [`st.button("b", { labelVisibility: "none" } as never)`, "invalid_label_visibility", /Unsupported labelVisibility option 'none'/],
  [`st.toggle("t", { labelVisibility: "collapsed" })`, null, null],
  [`st.chatInput("Say", { labelVisibility: "none" } as never)`, null, null],
];

describe("literal argument checks agree with the runtime", () => {
  it.each(CASES)("%s", async (call, code, message) => {
    const source = `import * as st from "rivulet";\n${call};\n`;
    const codes = compile(source, { filename: "app.ts" }).diagnostics.map((d) => d.code);
    // AppTest refuses a script with an error diagnostic: silence it to see what the run does.
    const run = await AppTest.fromString(code === null ? source : source.replace("\nst.", `\n// rivulet-ignore ${code}\nst.`)).run();
    if (code === null) {
      expect(codes).toEqual([]);
      expect(run.exception.map((e) => e.value)).toEqual([]);
    } else {
      expect(codes).toEqual([code]);
      expect(run.exception[0]?.value).toMatch(message!);
    }
  });
});
