// st.plotlyChart, st.graphvizChart and st.map through AppTest: a figure (or its traces, or
// toJSON()) goes to the page as plotly.js takes it, typed arrays as arrays; with onSelect the
// chart returns Streamlit's PlotlyState; DOT text goes as it is; a map's columns are found by
// Streamlit's names and checked as Streamlit checks them.
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

const app = (body: string) => AppTest.fromString(`import * as st from "rivulet";\n${body}`);

describe("st.plotlyChart", () => {
  it("takes a figure, its traces, or anything with toJSON(); typed arrays and dates as JSON", async () => {
    const at = await app(`
      st.plotlyChart({ data: [{ type: "bar", x: ["a", "b"], y: new Float64Array([1.5, 2]) }], layout: { title: { text: "T" } } }, { height: 300, theme: null });
      st.plotlyChart([{ type: "scatter", x: [new Date("2024-01-01T00:00:00Z")], y: [1] }], { width: "content", config: { scrollZoom: true } });
      st.plotlyChart({ toJSON: () => ({ data: [{ type: "pie", values: [1, 2] }] }) });
    `).run();
    const [bar, scatter, pie] = at.plotlyChart;
    expect(bar!.value.figure).toEqual({ data: [{ type: "bar", x: ["a", "b"], y: [1.5, 2] }], layout: { title: { text: "T" } } });
    expect(bar!.height).toBe(300);
    expect(bar!.theme).toBeNull();
    expect(scatter!.value.figure).toEqual({ data: [{ type: "scatter", x: ["2024-01-01T00:00:00.000Z"], y: [1] }] });
    expect(scatter!.width).toBe("content");
    expect(scatter!.config).toEqual({ scrollZoom: true });
    expect(pie!.value.figure).toEqual({ data: [{ type: "pie", values: [1, 2] }] });
    expect(bar!.value.selection).toBeNull();
  });

  it("with onSelect returns the selection, keeps it in session state, and refuses a box its modes lack", async () => {
    const at = await app(`
      const event = st.plotlyChart({ data: [{ type: "scatter", mode: "markers", x: [1, 2, 3], y: [4, 5, 6] }] }, { onSelect: "rerun", key: "chart", selectionMode: ["points", "lasso"] });
      st.json(event);
      st.json(st.sessionState.chart === event);
    `).run();
    expect(at.json[0]!.value).toEqual({ selection: { points: [], pointIndices: [], box: [], lasso: [] } });
    await at.plotlyChart[0]!.selectPoints([{ curveNumber: 0, pointNumber: 1, pointIndex: 1, x: 2, y: 5 }]).run();
    expect(at.json[0]!.value).toEqual({ selection: { points: [{ curveNumber: 0, pointNumber: 1, pointIndex: 1, x: 2, y: 5 }], pointIndices: [1], box: [], lasso: [] } });
    expect(at.json[1]!.value).toBe(true);
    await at.plotlyChart[0]!.selectBox([], { x: [0, 1], y: [0, 1] }).run();
    expect(at.errors.join("\n")).toMatch(/its selectionMode has no "box"/);
  });

  it("refuses what is not a figure and options it does not take", async () => {
    for (const [call, message] of [
      [`st.plotlyChart("fig" as never)`, /a Plotly figure/],
      [`st.plotlyChart({ data: {} } as never)`, /a Plotly figure/],
      [`st.plotlyChart({ data: [] }, { theme: "dark" as never })`, /theme/],
      [`st.plotlyChart({ data: [] }, { onSelect: "rerun", selectionMode: "circle" as never })`, /selectionMode.*"points", "box" or "lasso"/s],
      [`st.plotlyChart({ data: [] }, { height: -1 })`, /height/],
    ] as const) {
      const at = await app(`${call};`).run();
      expect(at.exception[0]?.value, call).toMatch(message);
    }
  });
});

describe("st.graphvizChart", () => {
  it("sends DOT as it is, from text, toDot() or a source", async () => {
    const at = await app(`
      st.graphvizChart("digraph { a -> b }");
      st.graphvizChart({ toDot: () => "graph { x -- y }" }, { width: "stretch" });
      st.graphvizChart({ source: "digraph { p -> q }" }, { useContainerWidth: true, height: 200 });
    `).run();
    expect(at.graphvizChart.map((g) => g.value)).toEqual(["digraph { a -> b }", "graph { x -- y }", "digraph { p -> q }"]);
    expect(at.graphvizChart.map((g) => g.width)).toEqual([undefined, "stretch", "stretch"]);
    expect(at.graphvizChart[2]!.height).toBe(200);
    const bad = await app(`st.graphvizChart(42 as never);`).run();
    expect(bad.exception[0]!.value).toMatch(/DOT text/);
  });
});

describe("st.map", () => {
  it("finds Streamlit's column names, takes sizes and colours as values or columns", async () => {
    const at = await app(`
      st.map({ LAT: [59.9, 60.1], LON: [10.7, 10.9] });
      st.map([{ y: 1, x: 2, r: 50, c: "#00ff00" }], { latitude: "y", longitude: "x", size: "r", color: "c", zoom: 5, height: 300 });
      st.map({ latitude: [1], longitude: [2] }, { color: [0, 0, 255], size: 20 });
      st.map();
    `).run();
    const [upper, named, fixed, empty] = at.map;
    expect(upper!.latitude).toBe("LAT");
    expect(upper!.longitude).toBe("LON");
    expect(upper!.color).toEqual({ value: "rgba(200, 30, 0, 0.627)" });
    expect(upper!.size).toEqual({ value: 100 });
    expect(upper!.height).toBe(500);
    expect(upper!.value).toEqual([{ LAT: 59.9, LON: 10.7 }, { LAT: 60.1, LON: 10.9 }]);
    expect(named!.size).toEqual({ column: "r" });
    expect(named!.color).toEqual({ column: "c" });
    expect(named!.zoom).toBe(5);
    expect(fixed!.color).toEqual({ value: "rgb(0, 0, 255)" });
    expect(fixed!.size).toEqual({ value: 20 });
    expect(empty!.value).toEqual([]);
  });

  it("refuses data without coordinates, missing values, and colours it cannot read, as Streamlit does", async () => {
    for (const [call, message] of [
      [`st.map({ a: [1], b: [2] })`, /a latitude column named "lat", "latitude", "LAT", "LATITUDE".*the columns "a", "b"/s],
      [`st.map({ lat: [1, null], lon: [2, 3] })`, /no missing values.*"lat" has 1/s],
      [`st.map({ lat: ["1"], lon: [2] })`, /a column of numbers/],
      [`st.map({ lat: [1], lon: [2] }, { color: "blue-ish" })`, /a colour/],
      [`st.map({ lat: [1], lon: [2] }, { size: -3 })`, /a radius in meters/],
    ] as const) {
      const at = await app(`${call};`).run();
      expect(at.exception[0]?.value, call).toMatch(message);
    }
  });
});

describe("a built-in line chart of many points", () => {
  it("asks the page to draw a selection of them past 5,000 rows, and keeps every row in its data", async () => {
    const at = await app(`
      const n = 20_000;
      st.lineChart({ t: Float64Array.from({ length: n }, (_, i) => i), y: Float64Array.from({ length: n }, (_, i) => Math.sin(i / 100)) }, { x: "t" });
      st.lineChart({ y: Float64Array.from({ length: n }, (_, i) => i) });
      st.lineChart({ y: [1, 2, 3] });
      st.scatterChart({ a: Float64Array.from({ length: n }, (_, i) => i), b: Float64Array.from({ length: n }, (_, i) => i) }, { x: "a", y: "b" });
      st.vegaLiteChart({ a: Float64Array.from({ length: n }, (_, i) => i) }, { mark: "line", encoding: { x: { field: "a", type: "quantitative" } } });
    `).run();
    const [byX, byIndex, small, scatter, own] = at.vegaLiteChart;
    expect(byX!.decimate).toEqual({ x: "t", y: ["y"] });
    expect((byX!.value.datasets as Record<string, unknown[]>).source).toHaveLength(20_000);
    // Row numbers as x: the page writes each row's position, so the spec counts none.
    expect(byIndex!.decimate).toMatchObject({ x: null, y: ["y"] });
    expect(byIndex!.spec.transform).toBeUndefined();
    expect(small!.decimate).toBeUndefined();
    expect(small!.spec.transform).toBeDefined();
    expect(scatter!.decimate).toBeUndefined();
    expect(own!.decimate).toBeUndefined();
  });
});
