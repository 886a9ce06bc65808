// The built-in charts and st.vegaLiteChart through AppTest: the Vega-Lite specs Streamlit would
// build (x from a column or the index, wide data folded into one series per column, colours,
// stacking, horizontal bars, sizes), the data as Arrow datasets outside the spec, and the errors
// Streamlit raises for columns that are not there and colours that do not fit.
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

const app = (body: string) => AppTest.fromString(`import * as st from "rivulet";\n${body}`);
const SUFFIX = "--p5bJXXpQgvPz6yvQMFiy";

async function specOf(call: string) {
  const at = await app(call).run();
  if (at.exception.length > 0) throw new Error(String(at.exception[0]!.value));
  return at.vegaLiteChart[0]!.value as Record<string, any>;
}

describe("built-in charts", () => {
  it("a line chart of one column over another: titled axes, tooltips, zoom and pan", async () => {
    const spec = await specOf(`st.lineChart([{ day: 1, sales: 10 }, { day: 2, sales: 14 }], { x: "day", y: "sales" });`);
    expect(spec.mark).toEqual({ type: "line" });
    expect(spec.data).toEqual({ name: "source" });
    expect(spec.encoding.x).toMatchObject({ field: "day", title: "day", type: "quantitative", axis: { tickMinStep: 1, grid: false } });
    expect(spec.encoding.y).toMatchObject({ field: "sales", title: "sales", type: "quantitative", axis: { tickMinStep: 1, grid: true } });
    expect(spec.encoding.tooltip).toEqual([{ field: "day", type: "quantitative" }, { field: "sales", type: "quantitative" }]);
    expect(spec.params).toEqual([{ name: "zoom", select: "interval", bind: "scales" }]);
    expect(spec.datasets.source).toEqual([{ day: 1, sales: 10 }, { day: 2, sales: 14 }]);
  });

  it("wide data: every other column is a series, folded on the page, over the row numbers", async () => {
    const spec = await specOf(`st.lineChart({ a: [1, 2, 3], b: [3, 2, 1.5] });`);
    expect(spec.transform).toEqual([
      { window: [{ op: "row_number", as: `index${SUFFIX}` }] },
      { calculate: `datum["index${SUFFIX}"] - 1`, as: `index${SUFFIX}` },
      { fold: ["a", "b"], as: [`color${SUFFIX}`, `value${SUFFIX}`] },
    ]);
    expect(spec.encoding.x).toMatchObject({ field: `index${SUFFIX}`, title: "" });
    expect(spec.encoding.y).toMatchObject({ field: `value${SUFFIX}`, title: "", type: "quantitative" });
    expect(spec.encoding.color).toEqual({ field: `color${SUFFIX}`, legend: { titlePadding: 5, offset: 5, orient: "bottom" }, type: "nominal", title: " " });
    expect(spec.encoding.tooltip.map((t: { title?: string }) => t.title)).toEqual(["index", "value", "color"]);
  });

  it("colours: a column groups series, one colour or one per y column, refused when they do not fit", async () => {
    const long = await specOf(`st.scatterChart([{ x: 1, y: 2, kind: "a" }, { x: 2, y: 1, kind: "b" }], { x: "x", y: "y", color: "kind", size: 40 });`);
    expect(long.mark).toEqual({ type: "circle" });
    expect(long.encoding.color).toMatchObject({ field: "kind", type: "nominal" });
    expect(long.encoding.size).toEqual({ value: 40 });
    const one = await specOf(`st.areaChart({ t: [1, 2], v: [3, 4] }, { x: "t", color: "#ff0000" });`);
    expect(one.encoding.color).toEqual({ value: "#ff0000" });
    const two = await specOf(`st.barChart({ t: ["a", "b"], v: [3, 4], w: [1, 2] }, { x: "t", color: ["#ff0000", [0, 0, 255]] });`);
    expect(two.encoding.color).toMatchObject({ field: `color${SUFFIX}`, scale: { range: ["#ff0000", "rgb(0, 0, 255)"] } });
    const at = await app(`st.lineChart({ t: [1], a: [1], b: [2] }, { x: "t", color: "#00ff00" });`).run();
    expect(at.exception[0]!.value).toMatch(/color.*a colour for each of the 2 y columns/);
  });

  it("bars: a discrete x axis, horizontal, sorted, stacked side by side or layered", async () => {
    const bars = await specOf(`st.barChart({ city: ["Oslo", "Lima"], pop: [0.7, 10] }, { x: "city", y: "pop", sort: "-pop" });`);
    expect(bars.encoding.x).toMatchObject({ field: "city", type: "ordinal", sort: { field: "pop", order: "descending" } });
    const horizontal = await specOf(`st.barChart({ city: ["Oslo", "Lima"], pop: [0.7, 10] }, { x: "city", y: "pop", horizontal: true });`);
    expect(horizontal.encoding.x).toMatchObject({ field: "pop", type: "quantitative", axis: { grid: true } });
    expect(horizontal.encoding.y).toMatchObject({ field: "city", type: "ordinal", axis: { grid: false } });
    const grouped = await specOf(`st.barChart({ q: ["Q1", "Q2"], a: [1, 2], b: [2, 1] }, { x: "q", stack: false });`);
    expect(grouped.encoding.y.stack).toBe(false);
    expect(grouped.encoding.xOffset).toEqual({ field: `color${SUFFIX}` });
    const layered = await specOf(`st.barChart({ q: ["Q1", "Q2"], a: [1, 2], b: [2, 1] }, { x: "q", stack: "layered" });`);
    expect(layered.encoding.opacity).toEqual({ value: 0.7 });
    const normalized = await specOf(`st.areaChart({ q: [1, 2], a: [1, 2], b: [2, 1] }, { x: "q", stack: "normalize" });`);
    expect(normalized.encoding.y.stack).toBe("normalize");
  });

  it("dates are temporal; a column name with a dot is escaped", async () => {
    const spec = await specOf(`st.lineChart([{ "when.day": new Date("2024-01-01"), v: 1.5 }, { "when.day": new Date("2024-01-02"), v: 2 }], { x: "when.day" });`);
    expect(spec.encoding.x).toMatchObject({ field: "when\\.day", type: "temporal" });
  });

  it("refuses a column the data has not, naming the ones it has, and options of another chart", async () => {
    for (const [call, message] of [
      [`st.lineChart({ a: [1] }, { x: "b" })`, /st\.lineChart.*x.*a column of the data \(it has "a"\)/],
      [`st.barChart({ a: [1] }, { y: ["a", "c"] })`, /y.*a column of the data/],
      [`st.areaChart({ a: [1] }, { stack: "up" as never })`, /stack.*true, false, "normalize", "center" or "layered"/],
      [`st.lineChart({ a: [1] }, { size: 3 } as never)`, /size.*only st\.scatterChart takes a size/],
      [`st.lineChart({ a: [1] }, { height: -1 })`, /height/],
    ] as const) {
      const at = await app(call).run();
      expect(at.exception[0]?.value, call).toMatch(message);
    }
  });
});

describe("st.vegaLiteChart", () => {
  const SPEC = `{ mark: "bar", encoding: { x: { field: "a", type: "nominal" }, y: { field: "b", type: "quantitative" } } }`;

  it("takes data and a spec: the data is the spec's source dataset, sent as Arrow", async () => {
    const at = await app(`st.vegaLiteChart([{ a: "A", b: 28 }, { a: "B", b: 55 }], ${SPEC});`).run();
    const chart = at.vegaLiteChart[0]!;
    expect(chart.spec).toEqual({ mark: "bar", encoding: { x: { field: "a", type: "nominal" }, y: { field: "b", type: "quantitative" } }, data: { name: "source" } });
    expect(chart.value.datasets.source).toEqual([{ a: "A", b: 28 }, { a: "B", b: 55 }]);
    expect(JSON.stringify(at.messages)).not.toContain('"b":55');
  });

  it("takes a spec with its values inline or named datasets, and anything with toSpec()", async () => {
    const at = await app(`
      st.vegaLiteChart({ data: { values: [{ a: "x", b: 1 }] }, ...${SPEC} }, { theme: null, height: 200 });
      st.vegaLiteChart({ datasets: { mine: [{ a: "y", b: 2 }] }, data: { name: "mine" }, ...${SPEC} });
      st.vegaLiteChart({ toSpec: () => ({ data: { values: [{ a: "z", b: 3 }] }, ...${SPEC} }) });
    `).run();
    const [inline, named, made] = at.vegaLiteChart;
    expect(inline!.value.datasets.source).toEqual([{ a: "x", b: 1 }]);
    expect([inline!.theme, inline!.height]).toEqual([null, 200]);
    expect(named!.spec.data).toEqual({ name: "mine" });
    expect(named!.value.datasets.mine).toEqual([{ a: "y", b: 2 }]);
    expect(made!.value.datasets.source).toEqual([{ a: "z", b: 3 }]);
  });

  it("refuses what is not a spec, and a theme it does not know", async () => {
    for (const [call, message] of [
      [`st.vegaLiteChart(5 as never)`, /spec.*a Vega-Lite spec/],
      [`st.vegaLiteChart(${SPEC}, { theme: "dark" } as never)`, /theme.*"streamlit" or null/],
    ] as const) {
      const at = await app(call).run();
      expect(at.exception[0]?.value, call).toMatch(message);
    }
  });
});
