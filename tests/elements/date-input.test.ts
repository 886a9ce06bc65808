// st.date_input, through AppTest: Dates at local midnight, ISO dates on the wire, "today" and
// null, ranges (partial ones too), Streamlit's bounds and errors, session state, forms.
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

const show = `const show = (d) => d === null ? "null" : [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours()].join("/");`;

describe("st.date_input", () => {
  it("returns a Date at local midnight, today by default, with bounds ten years either side", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      ${show}
      const today = st.dateInput("Today");
      const birthday = st.dateInput("Birthday", { value: new Date(2019, 6, 6, 13, 45) });
      const none = st.dateInput("None", { value: null });
      st.text([birthday, none].map(show).join(" "));
      st.text(String(today.getHours() === 0 && today.toDateString() === new Date().toDateString()));
    `).run();
    expect(at.text.map((t) => t.value)).toEqual(["2019/7/6/0 null", "true"]);
    const birthday = at.dateInput[1]!;
    expect([birthday.min, birthday.max, birthday.format, birthday.range, birthday.clearable]).toEqual(["2009-07-06", "2029-07-06", "YYYY/MM/DD", false, false]);
    expect(at.dateInput[2]!.clearable).toBe(true);
    await birthday.setValue(new Date(2020, 1, 29)).run();
    await at.dateInput[2]!.setValue(new Date(2021, 0, 2)).run();
    expect(at.text[0]!.value).toBe("2020/2/29/0 2021/1/2/0");
    const id = at.dateInput[1]!.id;
    at.send(JSON.stringify({ type: "setValue", id, value: ["2030-01-01"] }));
    expect(at.errors.at(-1)).toBe(`Value for widget "${id}" rejected: The date 2030-01-01 is outside the range of st.dateInput("Birthday"): 2009-07-06 to 2029-07-06.`);
    at.send(JSON.stringify({ type: "setValue", id, value: ["2021-02-30"] }));
    expect(at.errors.at(-1)).toBe(`Value for widget "${id}" rejected: it takes real dates.`);
    at.send(JSON.stringify({ type: "setValue", id, value: [] }));
    expect(at.errors.at(-1)).toBe(`Value for widget "${id}" rejected: it has a default date and cannot be left empty.`);
  });

  it("keeps today inside explicit bounds when no value is given", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      ${show}
      st.text(show(st.dateInput("Past", { minValue: new Date(2000, 0, 1), maxValue: new Date(2000, 11, 31) })));
    `).run();
    expect(at.text[0]!.value).toBe("2000/12/31/0");
  });

  it("is a range with a list: [start, end], [start] while only the start is picked, [] when empty", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      ${show}
      const trip = st.dateInput("Trip", { value: [new Date(2025, 0, 1), new Date(2025, 0, 7)], format: "DD.MM.YYYY" });
      st.text(trip.length + ":" + trip.map(show).join(" "));
    `).run();
    expect(at.text[0]!.value).toBe("2:2025/1/1/0 2025/1/7/0");
    expect([at.dateInput[0]!.range, at.dateInput[0]!.format]).toEqual([true, "DD.MM.YYYY"]);
    const id = at.dateInput[0]!.id;
    at.send(JSON.stringify({ type: "setValue", id, value: ["2025-01-10"] }));
    await at.run();
    expect(at.text[0]!.value).toBe("1:2025/1/10/0");
    await at.dateInput[0]!.setValue([new Date(2025, 0, 10), new Date(2025, 0, 20)]).run();
    expect(at.text[0]!.value).toBe("2:2025/1/10/0 2025/1/20/0");
    await at.dateInput[0]!.setValue([]).run();
    expect(at.text[0]!.value).toBe("0:");
    at.send(JSON.stringify({ type: "setValue", id, value: ["2025-01-20", "2025-01-10"] }));
    expect(at.errors.at(-1)).toBe(`Value for widget "${id}" rejected: the start of its range is past its end.`);
  });

  it("raises Streamlit's errors", async () => {
    const cases: [string, string][] = [
      [`st.dateInput("d", { value: "tomorrow" as never })`, "st.dateInput: `value` should be a Date, \"today\", null, or a list of 0 to 2 Dates (a range), not \"tomorrow\"."],
      [`st.dateInput("d", { value: [new Date(), new Date(), new Date()] as never })`, "st.dateInput: `value` should be a Date, \"today\", null, or a list of 0 to 2 Dates (a range), not a list of 3 values."],
      [`st.dateInput("d", { minValue: "2024-01-01" as never })`, "st.dateInput: `minValue` should be a Date or null, not \"2024-01-01\"."],
      [`st.dateInput("d", { value: null, minValue: new Date(2024, 5, 1), maxValue: new Date(2024, 0, 1) })`, "st.dateInput: `minValue` should be at most the maxValue (2024-01-01), not \"2024-06-01\"."],
      [
        `st.dateInput("d", { value: new Date(2023, 0, 1), minValue: new Date(2024, 0, 1) })`,
        "st.dateInput: `value` should be between the minValue (2024-01-01) and the maxValue (2033-01-01), not \"2023-01-01\".",
      ],
      [
        `st.dateInput("d", { format: "YYYY/DD/MM" })`,
        "st.dateInput: `format` should be \"YYYY/MM/DD\", \"DD/MM/YYYY\" or \"MM/DD/YYYY\" (or with \".\" or \"-\" as separators), not \"YYYY/DD/MM\".",
      ],
      [`st.sessionState.d = "2024-01-01";\nst.dateInput("d", { key: "d" })`, 'st.dateInput: `value` should be a Date, "today", null, or a list of 0 to 2 Dates (a range), not "2024-01-01".'],
      [
        `st.sessionState.d = "2024-01-01";\nst.dateInput("d", { key: "d", value: null, minValue: new Date(2020, 0, 1), maxValue: new Date(2030, 0, 1) })`,
        'st.dateInput("d") takes a Date from 2020-01-01 to 2030-01-01, or null; st.sessionState.d holds "2024-01-01".',
      ],
      [`st.sessionState.d = new Date("1990-01-01T00:00:00Z");\nst.dateInput("d", { key: "d", value: new Date(2024, 0, 1) })`, 'st.dateInput("d") takes a Date from 2014-01-01 to 2034-01-01, or null; st.sessionState.d holds the Date 1990-01-01T00:00:00.000Z.'],
    ];
    for (const [call, message] of cases) {
      const at = await AppTest.fromString(`import * as st from "rivulet";\n${call};`).run();
      expect(at.exception[0]?.value, call).toBe(message);
    }
  });

  it("with a key and no value, is a range when session state holds a list; callbacks get their args; forms wait for the submit", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      ${show}
      if (!("span" in st.sessionState)) st.sessionState.span = [new Date(2024, 2, 1)];
      st.sessionState.calls ??= [];
      const span = st.dateInput("Span", { key: "span", onChange: (tag) => st.sessionState.calls.push(tag), args: ["span"] });
      const form = st.form("f");
      const due = form.dateInput("Due", { value: new Date(2024, 0, 1) });
      form.formSubmitButton("Send");
      st.text(span.map(show).join(" ") + " | " + show(due) + " | " + st.sessionState.calls.join(","));
    `).run();
    expect(at.text[0]!.value).toBe("2024/3/1/0 | 2024/1/1/0 |");
    expect(at.dateInput[0]!.range).toBe(true);
    await at.dateInput[0]!.setValue([new Date(2024, 2, 1), new Date(2024, 2, 9)]).run();
    expect(at.text[0]!.value).toBe("2024/3/1/0 2024/3/9/0 | 2024/1/1/0 | span");
    await at.dateInput[1]!.setValue(new Date(2024, 0, 5)).run();
    expect(at.text[0]!.value).toBe("2024/3/1/0 2024/3/9/0 | 2024/1/1/0 | span");
    await at.button[0]!.click().run();
    expect(at.text[0]!.value).toBe("2024/3/1/0 2024/3/9/0 | 2024/1/5/0 | span");
  });
});
