// st.metric through AppTest: the value as Streamlit shows it, the delta's colour and arrow by
// Streamlit's rules (and 1.50's deltaArrow), the chart of its history, and the errors of bad
// values and options.
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

async function metrics(calls: string) {
  const at = await AppTest.fromString(`import * as st from "rivulet";\n${calls}`).run();
  return at;
}

describe("st.metric", () => {
  it("shows a number or a string as written, and null as a long dash", async () => {
    const at = await metrics(`
      st.metric("Users", 1234);
      st.metric("Ratio", 0.1 + 0.2);
      st.metric("Temperature", "70 °F");
      st.metric("Nothing yet", null);
    `);
    expect(at.metric.map((m) => [m.label, m.value])).toEqual([
      ["Users", "1234"],
      ["Ratio", "0.30000000000000004"],
      ["Temperature", "70 °F"],
      ["Nothing yet", "—"],
    ]);
    expect(at.metric.map((m) => [m.delta, m.color, m.direction])).toEqual(Array(4).fill([undefined, "gray", "none"]));
  });

  it("colours and points the delta by its sign: normal, inverse, off", async () => {
    const at = await metrics(`
      st.metric("a", 1, { delta: 5 });
      st.metric("b", 1, { delta: -0.5 });
      st.metric("c", 1, { delta: "-3 %" });
      st.metric("d", 1, { delta: 0 });
      st.metric("e", 1, { delta: -2, deltaColor: "inverse" });
      st.metric("f", 1, { delta: "2", deltaColor: "inverse" });
      st.metric("g", 1, { delta: -2, deltaColor: "off" });
      st.metric("h", 1, { delta: "" });
    `);
    expect(at.metric.map((m) => [m.label, m.delta, m.color, m.direction])).toEqual([
      ["a", "5", "green", "up"],
      ["b", "-0.5", "red", "down"],
      ["c", "-3 %", "red", "down"],
      ["d", "0", "green", "up"],
      ["e", "-2", "green", "down"],
      ["f", "2", "red", "up"],
      ["g", "-2", "gray", "down"],
      ["h", undefined, "gray", "none"],
    ]);
  });

  it("deltaArrow forces the arrow, or takes it away, and leaves the colour to the sign", async () => {
    const at = await metrics(`
      st.metric("a", 1, { delta: 5, deltaArrow: "down" });
      st.metric("b", 1, { delta: -5, deltaArrow: "up" });
      st.metric("c", 1, { delta: -5, deltaArrow: "off" });
    `);
    expect(at.metric.map((m) => [m.color, m.direction])).toEqual([
      ["green", "down"],
      ["red", "up"],
      ["red", "none"],
    ]);
  });

  it("draws its history, with a border and a size when asked", async () => {
    const at = await metrics(`
      st.metric("Sales", "1.2k", { delta: "12%", chartData: [3, 5, null, 4, 8], chartType: "bar", border: true, width: 240, height: 180 });
      st.metric("Plain", 1, { chartData: [] });
      st.metric("Typed", 1, { chartData: new Float64Array([1, 2]) });
    `);
    const [sales, plain, typed] = at.metric;
    expect([sales!.chart, sales!.border, sales!.width, sales!.height]).toEqual([{ data: [3, 5, null, 4, 8], type: "bar" }, true, 240, 180]);
    expect([plain!.chart, plain!.border, plain!.width, plain!.height]).toEqual([undefined, false, undefined, undefined]);
    expect(typed!.chart).toEqual({ data: [1, 2], type: "line" });
  });

  it("refuses values and options Streamlit refuses, saying what it takes", async () => {
    const at = await metrics(`
      for (const call of [
        () => st.metric("a", { n: 1 } as never),
        () => st.metric("b", 1, { delta: [1] as never }),
        () => st.metric("c", 1, { delta: 1, deltaColor: "green" as never }),
        () => st.metric("d", 1, { chartData: [1, "2"] as never }),
        () => st.metric("e", 1, { chartType: "pie" as never }),
        () => st.metric(42 as never, 1),
      ]) {
        try { call(); } catch (error) { st.text((error as Error).message); }
      }
    `);
    expect(at.metric).toEqual([]);
    expect(at.text.map((t) => t.value)).toEqual([
      "st.metric: `value` should be a number, a string or null, not an object.",
      "st.metric: `delta` should be a number, a string or null, not a list of 1 value.",
      'st.metric: `deltaColor` should be "normal", "inverse" or "off", not "green".',
      'st.metric: `chartData` should be finite numbers, or null for a gap, not "2".',
      'st.metric: `chartType` should be "line", "bar" or "area", not "pie".',
      "st.metric: `label` should be a string, not 42.",
    ]);
  });

  it("takes Streamlit's labelVisibility, and raises for another", async () => {
    const at = await metrics(`
      st.metric("shown", 1, { labelVisibility: "collapsed", help: "What it counts" });
      st.metric("bad", 1, { labelVisibility: String("none") as never }); // a literal is a build-time error (invalid_label_visibility)
    `);
    expect([at.metric[0]!.labelVisibility, at.metric[0]!.help]).toEqual(["collapsed", "What it counts"]);
    expect(at.exception.map((e) => e.code)).toEqual(["invalid_label_visibility"]);
  });
});
