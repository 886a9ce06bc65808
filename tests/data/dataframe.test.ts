// st.dataframe and st.table through AppTest: every shape of data a TypeScript user has becomes
// the Arrow table the page gets (in a binary frame, never in JSON), with Streamlit's column
// names and index; the options reach the node checked; the data is sent once while the page has
// it, and released on both sides when no element names it.
import { describe, expect, it } from "vitest";
import { tableFromArrays } from "apache-arrow";
import { AppTest } from "rivulet/testing";

const app = (body: string) => AppTest.fromString(`import * as st from "rivulet";\n${body}`);

describe("st.dataframe: the shapes of data", () => {
  it("takes an array of objects: columns in order of first appearance, types inferred", async () => {
    const at = await app(`st.dataframe([{ city: "Oslo", temp: 4.5, rain: true }, { city: "Lima", temp: 19, sun: 3 }, null]);`).run();
    const { columns, rows, table } = at.dataframe[0]!.value;
    expect(columns).toEqual(["city", "temp", "rain", "sun"]);
    expect(rows).toEqual([
      { city: "Oslo", temp: 4.5, rain: true, sun: null },
      { city: "Lima", temp: 19, rain: null, sun: 3 },
      { city: null, temp: null, rain: null, sun: null },
    ]);
    expect(table.schema.fields.map((f) => String(f.type))).toEqual(["Utf8", "Float64", "Bool", "Int32"]);
    expect(at.dataframe[0]!.rows).toBe(3);
    expect(at.dataframe[0]!.index).toEqual([]);
  });

  it("takes an object of columns, typed arrays as they are", async () => {
    const at = await app(`st.dataframe({ a: [1, 2, 3], b: new Float64Array([0.5, 1.5, 2.5]), c: ["x", "y", "z"] });`).run();
    const { rows, table } = at.dataframe[0]!.value;
    expect(rows).toEqual([{ a: 1, b: 0.5, c: "x" }, { a: 2, b: 1.5, c: "y" }, { a: 3, b: 2.5, c: "z" }]);
    expect(String(table.schema.fields[1]!.type)).toBe("Float64");
  });

  it("refuses columns of different lengths, naming them", async () => {
    const at = await app(`st.dataframe({ a: [1, 2, 3], b: [1] });`).run();
    expect(at.exception[0]!.value).toMatch(/columns of one length \("a" has 3 values, "b" 1\)/);
  });

  it("takes rows with `columns`, or numbers them", async () => {
    const at = await app(`
      st.dataframe([[1, "a"], [2, "b"]], { columns: ["n", "s"] });
      st.dataframe([[1, "a"], [2]]);
    `).run();
    expect(at.dataframe[0]!.value.rows).toEqual([{ n: 1, s: "a" }, { n: 2, s: "b" }]);
    expect(at.dataframe[1]!.value.rows).toEqual([{ 0: 1, 1: "a" }, { 0: 2, 1: null }]);
  });

  it("takes values as one column named value, as Streamlit names it", async () => {
    const at = await app(`st.dataframe([3, 1, 2]); st.dataframe(new Set(["a", "b"]));`).run();
    expect(at.dataframe[0]!.value.rows).toEqual([{ value: 3 }, { value: 1 }, { value: 2 }]);
    expect(at.dataframe[1]!.value.rows).toEqual([{ value: "a" }, { value: "b" }]);
  });

  it("takes a key-value object or a Map: the keys are the index", async () => {
    const at = await app(`st.dataframe({ x: 1, y: "two" }); st.dataframe(new Map([[1, true], [2, false]]));`).run();
    expect(at.dataframe[0]!.index).toEqual(["_index"]);
    expect(at.dataframe[0]!.value.rows).toEqual([{ _index: "x", value: "1" }, { _index: "y", value: "two" }]);
    expect(at.dataframe[1]!.value.rows).toEqual([{ _index: "1", value: true }, { _index: "2", value: false }]);
  });

  it("takes an Apache Arrow table, and anything with toArrow()", async () => {
    const at = await app(`
      import { tableFromArrays } from "apache-arrow";
      const t = tableFromArrays({ id: Int32Array.from([1, 2]), name: ["a", "b"] });
      st.dataframe(t);
      st.dataframe({ toArrow: () => t });
    `).run();
    expect(at.dataframe[0]!.value.rows).toEqual([{ id: 1, name: "a" }, { id: 2, name: "b" }]);
    expect(at.dataframe[1]!.value.rows).toEqual(at.dataframe[0]!.value.rows);
  });

  it("keeps dates, bigints, lists, nested objects and mixed columns", async () => {
    const at = await app(`
      st.dataframe([
        { when: new Date("2024-01-02T03:04:05Z"), big: 2n ** 40n, list: [1, 2.5], obj: { a: 1 }, mixed: 1 },
        { when: null, big: 1n, list: [], obj: null, mixed: "x" },
      ]);
    `).run();
    const { rows, table } = at.dataframe[0]!.value;
    expect(table.schema.fields.map((f) => String(f.type))).toEqual(["Timestamp<MILLISECOND>", "Int64", "List<Float64>", "Utf8", "Utf8"]);
    expect(rows[0]).toEqual({ when: new Date("2024-01-02T03:04:05Z"), big: 2n ** 40n, list: [1, 2.5], obj: '{"a":1}', mixed: "1" });
    expect(rows[1]).toEqual({ when: null, big: 1n, list: [], obj: null, mixed: "x" });
  });

  it("shows nothing for no data, and refuses what is not data", async () => {
    const at = await app(`st.dataframe(); st.dataframe(null); st.dataframe(42 as never);`).run();
    expect(at.dataframe.map((d) => d.rows)).toEqual([0, 0]);
    expect(at.exception[0]!.value).toMatch(/st\.dataframe.*data.*an array of objects or of rows/);
  });
});

describe("st.dataframe: options", () => {
  it("puts the options on the node, checked", async () => {
    const at = await app(`
      st.dataframe([{ a: 1, b: 2 }], {
        width: 300, height: 200, hideIndex: false, columnOrder: ["b"], rowHeight: 40, placeholder: "-",
        columnConfig: { a: "Alpha", b: st.columnConfig.NumberColumn("Beta", { format: "%.2f", minValue: 0 }), c: null },
      });
    `).run();
    const df = at.dataframe[0]!;
    expect([df.width, df.height, df.hideIndex, df.columnOrder, df.rowHeight, df.placeholder]).toEqual([300, 200, false, ["b"], 40, "-"]);
    expect(df.columnConfig).toEqual({ a: { label: "Alpha" }, b: { label: "Beta", type: { kind: "number", format: "%.2f", minValue: 0 } }, c: { hidden: true } });
  });

  it("says what is wrong with a bad option", async () => {
    const bad = [
      [`{ height: "tall" }`, /height.*"auto" or a number of pixels/],
      [`{ width: 0 }`, /width/],
      [`{ columnOrder: "a" }`, /columnOrder.*an array of column names/],
      [`{ rowHeight: 2 }`, /rowHeight.*at least 10/],
      [`{ columnConfig: { a: 5 } }`, /columnConfig\.a.*a column config/],
      [`{ columnConfig: { a: { width: "huge" } } }`, /columnConfig\.a.*width/],
      [`{ columnConfig: { a: st.columnConfig.NumberColumn("A", { format: "nope" }) } }`, /format.*printf-style/],
    ] as const;
    for (const [options, message] of bad) {
      const at = await app(`st.dataframe([{ a: 1 }], ${options} as never);`).run();
      expect(at.exception[0]?.value, options).toMatch(message);
    }
  });

  it("makes every column type with st.columnConfig", async () => {
    const at = await app(`
      const c = st.columnConfig;
      st.dataframe([{ a: 1 }], { columnConfig: {
        t: c.TextColumn("T", { maxChars: 5 }), n: c.NumberColumn(null, { format: "dollar" }), k: c.CheckboxColumn(),
        s: c.SelectboxColumn("S", { options: ["x", 1] }), dt: c.DatetimeColumn("DT", { format: "YYYY", timezone: "UTC" }),
        d: c.DateColumn(), tm: c.TimeColumn(), l: c.LinkColumn("L", { displayText: "open" }), i: c.ImageColumn(),
        p: c.ProgressColumn("P", { minValue: 0, maxValue: 10, format: "%d" }), lc: c.LineChartColumn("LC", { yMin: 0 }),
        bc: c.BarChartColumn(), ac: c.AreaChartColumn(), li: c.ListColumn(), j: c.JsonColumn(),
        any: c.Column("Any", { width: "small", pinned: true, help: "h", alignment: "center" }),
      } });
    `).run();
    const config = at.dataframe[0]!.columnConfig!;
    expect(Object.fromEntries(Object.entries(config).map(([k, v]) => [k, v.type?.kind ?? null]))).toEqual({
      t: "text", n: "number", k: "checkbox", s: "selectbox", dt: "datetime", d: "date", tm: "time", l: "link", i: "image",
      p: "progress", lc: "lineChart", bc: "barChart", ac: "areaChart", li: "list", j: "json", any: null,
    });
    expect(config.any).toEqual({ label: "Any", width: "small", pinned: true, help: "h", alignment: "center" });
    expect(config.l!.type).toEqual({ kind: "link", displayText: "open" });
  });

  it("refuses an option a column type does not have", async () => {
    const at = await app(`st.columnConfig.Column("A", { format: "%d" } as never);`).run();
    expect(at.exception[0]!.value).toMatch(/columnConfig\.Column.*format/);
  });
});

describe("data in binary frames", () => {
  it("sends the data as Arrow IPC in a binary frame, never in the JSON", async () => {
    const at = await app(`st.dataframe({ n: Array.from({ length: 1000 }, (_, i) => i * 1.5) });`).run();
    const json = JSON.stringify(at.messages);
    expect(json).not.toContain("1498.5");
    expect(json).toContain('"$data"');
    expect(at.dataframe[0]!.value.rows.at(-1)).toEqual({ n: 1498.5 });
  });

  it("does not send the same data again while the page has it", async () => {
    const at = await app(`st.dataframe({ n: Array.from({ length: 10000 }, (_, i) => i) }); st.button("again");`).run();
    const first = at.bytesReceived;
    await at.button[0]!.click().run();
    expect(first).toBeGreaterThan(40000);
    expect(at.bytesReceived).toBeLessThan(2000);
    expect(at.dataframe[0]!.value.rows).toHaveLength(10000);
  });

  it("sends an Arrow table with dictionary columns once, though each rerun builds it anew", async () => {
    const at = await app(`
      import { tableFromJSON } from "apache-arrow";
      st.dataframe(tableFromJSON(Array.from({ length: 2000 }, (_, i) => ({ city: "city " + (i % 50), n: i }))));
      st.button("again");
    `).run();
    await at.button[0]!.click().run();
    expect(at.bytesReceived).toBeLessThan(2000);
    expect(at.dataframe[0]!.value.rows[51]).toEqual({ city: "city 1", n: 51 });
  });

  it("releases data no element names any longer, on both sides", async () => {
    const at = await app(`
      const size = st.slider("size", { minValue: 1, maxValue: 5 });
      st.dataframe({ n: Array.from({ length: size }, (_, i) => i) });
      if (size < 3) st.table([size]);
    `).run();
    await at.slider[0]!.setValue(2).run();
    await at.slider[0]!.setValue(4).run();
    const released = at.messages.filter((m) => m.type === "dataReleased").flatMap((m) => (m.type === "dataReleased" ? m.ids : []));
    expect(released).toHaveLength(2);
    // AppTest checks after every run that the page keeps exactly the session's data.
    expect(at.dataframe[0]!.value.rows).toHaveLength(4);
    expect(at.table).toHaveLength(0);
  });
});

describe("st.write of data", () => {
  it("writes an array of objects and an Arrow table as dataframes, other arrays as JSON", async () => {
    const at = await app(`
      import { tableFromArrays } from "apache-arrow";
      st.write([{ a: 1 }, { a: 2 }]);
      st.write(tableFromArrays({ b: Float64Array.from([0.5]) }));
      st.write([1, 2], [{ a: 1 }, 2], []);
      const rows = [{ magic: true }];
      rows;
    `).run();
    expect(at.dataframe.map((d) => d.value.rows)).toEqual([[{ a: 1 }, { a: 2 }], [{ b: 0.5 }], [{ magic: true }]]);
    expect(at.json.map((j) => j.value)).toEqual([[1, 2], [{ a: 1 }, 2], []]);
  });
});

describe("st.table", () => {
  it("takes what st.dataframe takes, with its own options", async () => {
    const at = await app(`
      st.table({ Planet: ["Mercury", "Venus"], Moons: [0, 0] }, { border: "horizontal", hideHeader: true, height: 120 });
      st.table([{ a: 1 }]);
    `).run();
    const [first, second] = at.table;
    expect(first!.value.rows).toEqual([{ Planet: "Mercury", Moons: 0 }, { Planet: "Venus", Moons: 0 }]);
    expect([first!.border, first!.hideHeader, first!.height]).toEqual(["horizontal", true, 120]);
    expect([second!.border, second!.hideHeader]).toEqual([undefined, false]);
  });

  it("refuses a bad border", async () => {
    const at = await app(`st.table([1], { border: "thick" } as never);`).run();
    expect(at.exception[0]!.value).toMatch(/st\.table.*border.*true, false or "horizontal"/);
  });
});

// The test's own import keeps apache-arrow resolvable from the app's folder.
void tableFromArrays;
