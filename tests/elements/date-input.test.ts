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
      [`st.dateInput("d", { value: "tomorrow" as never })`, "DateInput value should either be an date/datetime or a list/tuple of 0 - 2 date/datetime values"],
      [`st.dateInput("d", { value: [new Date(), new Date(), new Date()] as never })`, "DateInput value should either be an date/datetime or a list/tuple of 0 - 2 date/datetime values"],
      [`st.dateInput("d", { minValue: "2024-01-01" as never })`, "DateInput min should either be a date/datetime or None"],
      [`st.dateInput("d", { value: null, minValue: new Date(2024, 5, 1), maxValue: new Date(2024, 0, 1) })`, "The `minValue`, set to 2024-06-01, shouldn't be larger than the `maxValue`, set to 2024-01-01."],
      [
        `st.dateInput("d", { value: new Date(2023, 0, 1), minValue: new Date(2024, 0, 1) })`,
        "The default `value` of [2023-01-01] must lie between the `minValue` of 2024-01-01 and the `maxValue` of 2033-01-01, inclusively.",
      ],
      [
        `st.dateInput("d", { format: "YYYY/DD/MM" })`,
        "The provided format (`YYYY/DD/MM`) is not valid. DateInput format should be one of `YYYY/MM/DD`, `DD/MM/YYYY`, or `MM/DD/YYYY` and can also use a period (.) or hyphen (-) as separators.",
      ],
      [`st.sessionState.d = "2024-01-01";\nst.dateInput("d", { key: "d" })`, 'DateInput value should either be an date/datetime or a list/tuple of 0 - 2 date/datetime values'],
      [`st.sessionState.d = "2024-01-01";\nst.dateInput("d", { key: "d", value: null })`, 'st.dateInput("d") takes a Date or null; st.sessionState holds "2024-01-01".'],
      [`st.sessionState.d = new Date(1990, 0, 1);\nst.dateInput("d", { key: "d", value: new Date(2024, 0, 1) })`, 'The date 1990-01-01 is outside the range of st.dateInput("d"): 2014-01-01 to 2034-01-01.'],
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
