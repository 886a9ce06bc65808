// st.time_input, through AppTest: "HH:MM" strings, "now", Dates and null, the step's bounds,
// stepping round the clock, session state, callbacks and forms.
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

describe("st.time_input", () => {
  it('returns "HH:MM": the time given, a Date\'s local time, now by default, or null', async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const now = st.timeInput("Now");
      const alarm = st.timeInput("Alarm", { value: "08:45" });
      const fromDate = st.timeInput("From a Date", { value: new Date(2024, 0, 1, 7, 5, 59) });
      const none = st.timeInput("None", { value: null });
      const d = new Date();
      const nowText = String(d.getHours()).padStart(2, "0") + ":" + String(d.getMinutes()).padStart(2, "0");
      st.text(JSON.stringify([alarm, fromDate, none, /^\\d\\d:\\d\\d$/.test(now)]));
    `).run();
    expect(at.text[0]!.value).toBe('["08:45","07:05",null,true]');
    expect([at.timeInput[1]!.step, at.timeInput[1]!.clearable, at.timeInput[3]!.clearable]).toEqual([900, false, true]);
    await at.timeInput[1]!.setValue("23:30").run();
    await at.timeInput[3]!.setValue("12:00").run();
    expect(at.text[0]!.value).toBe('["23:30","07:05","12:00",true]');
    const id = at.timeInput[1]!.id;
    at.send(JSON.stringify({ type: "setValue", id, value: "24:00" }));
    expect(at.errors.at(-1)).toMatch(/^Value for widget "\w+" rejected: "24:00" is not /);
    at.send(JSON.stringify({ type: "setValue", id, value: null }));
    expect(at.errors.at(-1)).toBe(`Value for widget "${id}" rejected: it has a default time and cannot be left empty.`);
  });

  it("steps by its step, round the clock, as Streamlit's AppTest", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.text(st.timeInput("t", { value: "23:30", step: 1800 }));
    `).run();
    await at.timeInput[0]!.increment().run();
    expect(at.text[0]!.value).toBe("00:00");
    await at.timeInput[0]!.decrement().decrement().run();
    expect(at.text[0]!.value).toBe("23:00");
  });

  it("raises Streamlit's errors", async () => {
    const cases: [string, string][] = [
      [`st.timeInput("t", { step: 30 })`, "st.timeInput: `step` should be between 60 seconds and 23 hours, not 30."],
      [`st.timeInput("t", { step: 86400 })`, "st.timeInput: `step` should be between 60 seconds and 23 hours, not 86400."],
      [`st.timeInput("t", { step: "60" as never })`, "st.timeInput: `step` should be a whole number of seconds, not \"60\"."],
      [`st.timeInput("t", { value: "9am" })`, 'st.timeInput: `value` should be a Date, an "HH:MM" time, "now" or null, not "9am".'],
      [`st.sessionState.t = 5;\nst.timeInput("t", { key: "t" })`, 'st.timeInput("t") takes an "HH:MM" time or null; st.sessionState.t holds 5.'],
    ];
    for (const [call, message] of cases) {
      const at = await AppTest.fromString(`import * as st from "rivulet";\n${call};`).run();
      expect(at.exception[0]?.value, call).toBe(message);
    }
  });

  it("starts empty when its key's session state is null; calls back with args; in a form waits for the submit", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      if (!("t" in st.sessionState)) st.sessionState.t = null;
      st.sessionState.calls ??= [];
      const t = st.timeInput("t", { key: "t", value: "10:00", onChange: (tag) => st.sessionState.calls.push(tag), args: ["t"] });
      const form = st.form("f");
      const inForm = form.timeInput("In form", { value: "06:00" });
      form.formSubmitButton("Send");
      st.text(JSON.stringify([t, inForm, st.sessionState.calls]));
    `).run();
    expect(at.text[0]!.value).toBe('[null,"06:00",[]]');
    expect(at.timeInput[0]!.clearable).toBe(true);
    await at.timeInput[0]!.setValue("11:15").run();
    expect(at.text[0]!.value).toBe('["11:15","06:00",["t"]]');
    await at.timeInput[1]!.setValue("07:00").run();
    expect(at.text[0]!.value).toBe('["11:15","06:00",["t"]]');
    await at.button[0]!.click().run();
    expect(at.text[0]!.value).toBe('["11:15","07:00",["t"]]');
  });
});
