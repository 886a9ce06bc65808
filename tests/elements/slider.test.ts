// st.slider, through AppTest: numbers (int or float from the values given), ranges, dates and
// times of day, Streamlit's defaults and errors, formats, session state, keys and forms.
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

describe("st.slider", () => {
  it("decides int or float from the values given, with Streamlit's defaults and formats", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const a = st.slider("a");
      const b = st.slider("b", { value: 0.5 });
      const c = st.slider("c", { maxValue: 10, format: "%.1f" });
      st.text(JSON.stringify([a, b, c]));
    `).run();
    expect(at.text[0]!.value).toBe("[0,0.5,0]");
    expect(at.slider.map((s) => [s.dataType, s.min, s.max, s.step, s.format])).toEqual([
      ["int", 0, 100, 1, "%d"],
      ["float", 0, 1, 0.01, "%0.2f"],
      ["float", 0, 10, 0.01, "%.1f"],
    ]);
  });

  it("is a range slider with `value: [lo, hi]`: the script gets the pair, reversed ends are swapped", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const [lo, hi] = st.slider("Range", { value: [80, 20] });
      const all = st.slider("All", { minValue: 5, maxValue: 9, value: [] });
      st.text(\`\${lo}-\${hi} \${all.join("-")}\`);
    `).run();
    expect(at.text[0]!.value).toBe("20-80 5-9");
    await at.slider[0]!.setRange(30, 40).run();
    expect(at.text[0]!.value).toBe("30-40 5-9");
    expect(at.slider[0]!.value).toEqual([30, 40]);
    const id = at.slider[0]!.id;
    at.send(JSON.stringify({ type: "setValue", id, value: 35 }));
    expect(at.errors.at(-1)).toBe(`Value for widget "${id}" rejected: it is a range slider and takes a list of 2.`);
    at.send(JSON.stringify({ type: "setValue", id, value: [50, 40] }));
    expect(at.errors.at(-1)).toBe(`Value for widget "${id}" rejected: the start of its range is past its end.`);
    at.send(JSON.stringify({ type: "setValue", id, value: [50, 140] }));
    expect(at.errors.at(-1)).toBe(`Value for widget "${id}" rejected: The \`value\` 140 is greater than the \`maxValue\` 100.`);
  });

  it("over dates: Dates at local midnight, two weeks either side by default, steps in days", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const day = st.slider("Day", { value: new Date(2024, 4, 10, 15, 30) });
      const [from, to] = st.slider("Trip", { value: [new Date(2024, 0, 1), new Date(2024, 0, 8)], minValue: new Date(2023, 11, 1), maxValue: new Date(2024, 1, 1), step: 7 });
      const show = (d) => [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes()].join("/");
      st.text([day, from, to].map(show).join(" "));
    `).run();
    expect(at.text[0]!.value).toBe("2024/5/10/0/0 2024/1/1/0/0 2024/1/8/0/0");
    const day = at.slider[0]!;
    expect([day.dataType, day.format, day.step, day.max - day.min]).toEqual(["date", "YYYY-MM-DD", 1, 28]);
    await day.setValue(new Date(2024, 4, 20)).run();
    await at.slider[1]!.setRange(new Date(2024, 0, 15), new Date(2024, 0, 29)).run();
    expect(at.text[0]!.value).toBe("2024/5/20/0/0 2024/1/15/0/0 2024/1/29/0/0");
    expect((at.slider[0]!.value as Date).getDate()).toBe(20);
    const id = at.slider[0]!.id;
    at.send(JSON.stringify({ type: "setValue", id, value: day.max + 1 }));
    expect(at.errors.at(-1)).toBe(`Value for widget "${id}" rejected: The \`value\` 2024-05-25 is greater than the \`maxValue\` 2024-05-24.`);
  });

  it('over times of day: "HH:MM" strings, 00:00 to 23:59 by default, steps in minutes', async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const alarm = st.slider("Alarm", { value: "07:30" });
      const [start, end] = st.slider("Meeting", { value: ["11:30", "12:45"], step: 5 });
      st.text(\`\${alarm} \${start}-\${end}\`);
    `).run();
    expect(at.text[0]!.value).toBe("07:30 11:30-12:45");
    expect([at.slider[0]!.min, at.slider[0]!.max, at.slider[0]!.step, at.slider[0]!.format]).toEqual([0, 23 * 60 + 59, 15, "HH:mm"]);
    await at.slider[0]!.setValue("23:59").run();
    await at.slider[1]!.setRange("09:00", "17:05").run();
    expect(at.text[0]!.value).toBe("23:59 09:00-17:05");
  });

  it("raises Streamlit's errors", async () => {
    const cases: [string, string][] = [
      [`st.slider("s", { minValue: 10, maxValue: 10 })`, "Slider `minValue` must be less than the `maxValue`.\nThe values were 10 and 10."],
      [`st.slider("s", { step: 0 })`, "st.slider: `step` should be a number that is not 0, not 0."],
      [`st.slider("s", { value: [1, "09:00"] as never })`, "st.slider: `value` should be a list of values of one type (these are int and time), not a list of 2 values."],
      [`st.slider("s", { value: [1, 2, 3] as never })`, 'st.slider: `value` should be a number, a Date or an "HH:MM" time, or a list of 0 to 2 of them (all of one type), not a list of 3 values.'],
      [`st.slider("s", { value: "noon" as never })`, 'st.slider: `value` should be a number, a Date or an "HH:MM" time, or a list of 0 to 2 of them (all of one type), not "noon".'],
      [
        `st.slider("s", { minValue: new Date(2024, 0, 1), maxValue: 5 } as never)`,
        "st.slider: `maxValue` should be of the type of minValue (Date), with a number as step (int), not 5.",
      ],
      [
        `st.slider("s", { value: "10:00", minValue: 0, maxValue: 5 } as never)`,
        "st.slider: `value` should be of the type of minValue and maxValue (int), not \"10:00\".",
      ],
      [`st.slider("s", { value: new Date(2024, 0, 1), step: 0.5 })`, "st.slider: `step` should be a whole number of days, not 0.5."],
      [`st.slider("s", { maxValue: 2 ** 60 })`, "st.slider: `maxValue` should be at most 2^53 - 1 for an integer slider, not 1152921504606847000."],
      [`st.slider("s", { format: "%q" })`, 'st.slider: `format` should be a printf-style format sprintf-js can apply (such as "%d" or "%.1f"), not "%q".'],
      [`st.sessionState.s = 50;\nst.slider("s", { key: "s", maxValue: 10 })`, "st.slider(\"s\") takes a number from 0 to 10; st.sessionState.s holds 50."],
      [`st.sessionState.s = 5;\nst.slider("s", { key: "s", value: [1, 2] })`, 'st.slider("s") takes a list of 2 values (it is a range slider), each a number from 0 to 100; st.sessionState.s holds 5.'],
      [`st.sessionState.s = "09:00";\nst.slider("s", { key: "s", value: new Date(2024, 0, 1) })`, 'st.slider("s") takes a Date from 2023-12-18 to 2024-01-15; st.sessionState.s holds "09:00".'],
    ];
    for (const [call, message] of cases) {
      // The compiler sees an empty literal range too (empty_slider_range): the run's error is what is tested here.
      const at = await AppTest.fromString(`import * as st from "rivulet";\n// rivulet-ignore empty_slider_range\n${call};`).run();
      expect(at.exception[0]?.value, call).toBe(message);
    }
  });

  it("takes its value from session state, and a key without a default makes it a range when the state holds a pair", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      if (!("r" in st.sessionState)) st.sessionState.r = [10, 30];
      if (st.button("later")) st.sessionState.t = "18:00";
      const r = st.slider("r", { key: "r" });
      const t = st.slider("t", { key: "t", value: "08:00" });
      st.text(JSON.stringify([r, t]));
    `).run();
    expect(at.text[0]!.value).toBe('[[10,30],"08:00"]');
    await at.button[0]!.click().run();
    expect(at.text[0]!.value).toBe('[[10,30],"18:00"]');
    expect(at.sessionState.t).toBe("18:00");
    await at.slider[0]!.setRange(0, 100).run();
    expect(at.sessionState.r).toEqual([0, 100]);
  });

  it("calls its callback with args when the value changes; in a form, only with the submit", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.sessionState.calls ??= [];
      st.slider("cb", { value: ["09:00", "10:00"], onChange: (tag) => st.sessionState.calls.push(tag), args: ["moved"] });
      const form = st.form("f");
      const inForm = form.slider("in form", { value: [1, 2] });
      form.formSubmitButton("Send");
      st.text(JSON.stringify([st.sessionState.calls, inForm]));
    `).run();
    await at.slider[0]!.setRange("09:30", "10:00").run();
    expect(at.text[0]!.value).toBe('[["moved"],[1,2]]');
    await at.slider[1]!.setRange(3, 4).run();
    expect(at.text[0]!.value).toBe('[["moved"],[1,2]]');
    await at.button[0]!.click().run();
    expect(at.text[0]!.value).toBe('[["moved"],[3,4]]');
  });

  it("is a new widget when its range or default changes, even with a key (Streamlit 1.50 has not made the key its identity)", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const wide = st.checkbox("wide");
      st.text(String(st.slider("s", { key: "s", maxValue: wide ? 20 : 10 })));
    `).run();
    await at.slider[0]!.setValue(7).run();
    expect(at.text[0]!.value).toBe("7");
    await at.checkbox[0]!.check().run();
    expect(at.text[0]!.value).toBe("0");
  });
});
