// st.number_input, through AppTest: integer or float from the values given, defaults and
// bounds as Streamlit's, stepping, formats, Streamlit's errors and warnings, state rules.
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

describe("st.number_input", () => {
  it("is an integer input over integers and a float input otherwise, with Streamlit's defaults", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const count = st.numberInput("Count", { minValue: 5 });
      const price = st.numberInput("Price");
      const ratio = st.numberInput("Ratio", { value: 0.5, maxValue: 1 });
      const whole = st.numberInput("Whole as float", { value: 2, format: "%.1f" });
      st.text(JSON.stringify([count, price, ratio, whole]));
    `).run();
    expect(at.text[0]!.value).toBe("[5,0,0.5,2]");
    const [count, price, ratio, whole] = at.numberInput;
    expect([count!.integer, count!.step, count!.format, count!.min, count!.max]).toEqual([true, 1, "%d", 5, Number.MAX_SAFE_INTEGER]);
    expect([price!.integer, price!.step, price!.format, price!.min]).toEqual([false, 0.01, "%0.2f", -Number.MAX_VALUE]);
    expect([ratio!.integer, ratio!.max]).toEqual([false, 1]);
    expect([whole!.integer, whole!.step]).toEqual([false, 0.01]);
  });

  it("steps within its bounds, and refuses what it cannot take", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.text(String(st.numberInput("n", { minValue: 0, maxValue: 3, step: 2 })));
    `).run();
    const n = at.numberInput[0]!;
    await n.increment().run();
    expect(at.text[0]!.value).toBe("2");
    await at.numberInput[0]!.increment().run();
    expect(at.text[0]!.value).toBe("3");
    await at.numberInput[0]!.decrement().decrement().run();
    expect(at.text[0]!.value).toBe("0");
    at.send(JSON.stringify({ type: "setValue", id: n.id, value: 1.5 }));
    expect(at.errors.at(-1)).toBe(`Value for widget "${n.id}" rejected: 1.5 is not an integer, and this input takes integers.`);
    at.send(JSON.stringify({ type: "setValue", id: n.id, value: 4 }));
    expect(at.errors.at(-1)).toBe(`Value for widget "${n.id}" rejected: The \`value\` 4 is greater than the \`maxValue\` 3.`);
    at.send(JSON.stringify({ type: "setValue", id: n.id, value: null }));
    expect(at.errors.at(-1)).toMatch(/cannot be left empty/);
  });

  it("starts empty with `value: null` and returns null until a number is typed", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.text(String(st.numberInput("n", { value: null, placeholder: "Type a number" })));
    `).run();
    expect(at.text[0]!.value).toBe("null");
    expect([at.numberInput[0]!.clearable, at.numberInput[0]!.placeholder]).toEqual([true, "Type a number"]);
    await at.numberInput[0]!.setValue(7.25).run();
    expect(at.text[0]!.value).toBe("7.25");
    await at.numberInput[0]!.setValue(null).run();
    expect(at.text[0]!.value).toBe("null");
  });

  it("raises Streamlit's errors, and warns when an integer format shows a float", async () => {
    const cases: [string, string][] = [
      [`st.numberInput("n", { minValue: 5, value: 1 })`, "The `value` 1 is less than the `minValue` 5."],
      [`st.numberInput("n", { maxValue: 5, value: 9 })`, "The `value` 9 is greater than the `maxValue` 5."],
      [`st.numberInput("n", { format: "$%.2f" })`, "st.numberInput: `format` should be a printf-style number format such as \"%d\" or \"%.2f\", not \"$%.2f\"."],
      [`st.numberInput("n", { format: "%d items" })`, "st.numberInput: `format` should be a printf-style number format such as \"%d\" or \"%.2f\", not \"%d items\"."],
      [`st.numberInput("n", { minValue: "1" as never })`, 'st.numberInput: `minValue` should be a finite number, not "1".'],
      [`st.numberInput("n", { minValue: 0, maxValue: 2 ** 60 })`, "st.numberInput: `maxValue` should be at most 2^53 - 1 for an integer input, not 1152921504606847000."],
      [`st.sessionState.n = 50;\nst.numberInput("n", { key: "n", maxValue: 10 })`, "st.numberInput(\"n\") takes a number from -9007199254740991 to 10, or null; st.sessionState.n holds 50."],
    ];
    for (const [call, message] of cases) {
      const at = await AppTest.fromString(`import * as st from "rivulet";\n// rivulet-ignore value_out_of_range\n${call};`).run();
      expect(at.exception[0]?.value, call).toBe(message);
    }
    const at = await AppTest.fromString(`import * as st from "rivulet";\nst.numberInput("n", { value: 1.5, format: "%d" });`).run();
    expect(at.warning[0]?.value).toBe("Warning: NumberInput value below has type float, but format %d displays as integer.");
  });
});
