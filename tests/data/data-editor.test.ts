// st.dataEditor: the data with the user's edits, in the shape it was given; the edits themselves
// (Streamlit's EditingState) are the widget's value, checked against the data's columns and the
// column config before they count, in st.sessionState[key], not settable by session state.
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

const app = (body: string) => AppTest.fromString(`import * as st from "rivulet";\n${body}`);
const show = (expr: string) => `st.json(JSON.parse(JSON.stringify(${expr}, (_k, v) => typeof v === "bigint" ? v + "n" : v instanceof Set || v instanceof Map ? { [v.constructor.name]: [...v] } : ArrayBuffer.isView(v) ? { [v.constructor.name]: [...v] } : v)));`;

describe("st.dataEditor", () => {
  it("returns the data with an edited cell, and keeps the edits in st.sessionState[key]", async () => {
    const at = await app(`
      const rows = st.dataEditor([{ name: "a", n: 1 }, { name: "b", n: 2 }], { key: "ed", onChange: () => st.sessionState.calls = (st.sessionState.calls ?? 0) + 1 });
      ${show("rows")}
      st.json({ state: st.sessionState.ed, calls: st.sessionState.calls ?? 0 });
    `).run();
    expect(at.json[0]!.value).toEqual([{ name: "a", n: 1 }, { name: "b", n: 2 }]);
    await at.dataEditor[0]!.edit(1, "n", 5).run();
    expect(at.json[0]!.value).toEqual([{ name: "a", n: 1 }, { name: "b", n: 5 }]);
    expect(at.json[1]!.value).toEqual({ state: { editedRows: { 1: { n: 5 } }, addedRows: [], deletedRows: [] }, calls: 1 });
    await at.dataEditor[0]!.edit(0, "name", "z").run();
    expect(at.json[0]!.value).toEqual([{ name: "z", n: 1 }, { name: "b", n: 5 }]);
    expect(at.dataEditor[0]!.value.edited).toEqual([{ name: "z", n: 1 }, { name: "b", n: 5 }]);
    expect(at.dataEditor[0]!.value.rows).toEqual([{ name: "a", n: 1 }, { name: "b", n: 2 }]);
  });

  it("gives each shape back in its shape: rows, columns (typed arrays too), values, a Set, a key-value object, a Map", async () => {
    const at = await app(`
      ${show(`st.dataEditor([[1, "x"], [2, "y"]], { columns: ["n", "s"], key: "rows" })`)}
      ${show(`st.dataEditor({ a: [1, 2], f: new Float64Array([0.5, 1.5]), i: new Int32Array([7, 8]) }, { key: "cols", numRows: "dynamic" })`)}
      ${show(`st.dataEditor([10, 20], { key: "values" })`)}
      ${show(`st.dataEditor(new Set(["p", "q"]), { key: "set" })`)}
      ${show(`st.dataEditor({ x: 1, y: 2 }, { key: "kv", numRows: "dynamic" })`)}
      ${show(`st.dataEditor(new Map([["k", true]]), { key: "map" })`)}
    `).run();
    // (A view is of the run it came from: each interaction takes the editor's view anew.)
    const editor = (i: number) => at.dataEditor[i]!;
    await editor(0).edit(0, "s", "w").run();
    await editor(1).edit(1, "f", 9.25).run();
    await editor(1).addRow({ a: 3, f: null, i: 9 }).run();
    await editor(2).edit(1, "value", 21).run();
    await editor(3).edit(0, "value", "r").run();
    await editor(4).edit(0, "_index", "xx").run();
    await editor(4).addRow({ _index: "z", value: 3 }).run();
    await editor(4).addRow({ value: 4 }).run();
    await editor(5).edit(0, "value", false).run();
    expect(at.json.map((j) => j.value)).toEqual([
      [[1, "w"], [2, "y"]],
      { a: [1, 2, 3], f: { Float64Array: [0.5, 9.25, null] }, i: { Int32Array: [7, 8, 9] } },
      [10, 21],
      { Set: ["r", "q"] },
      // The row added without a key is left out, as Streamlit leaves it out.
      { xx: 1, y: 2, z: 3 },
      { Map: [["k", false]] },
    ]);
    expect(at.errors).toEqual([]);
  });

  it("edits an Arrow table, and anything with toArrow(), into a new Arrow table", async () => {
    const at = await app(`
      import { tableFromArrays } from "apache-arrow";
      const table = tableFromArrays({ n: new Int32Array([1, 2, 3]), s: ["a", "b", "c"] });
      const edited = st.dataEditor(table, { numRows: "dynamic", key: "t" });
      const other = st.dataEditor({ toArrow: () => table }, { key: "o" });
      st.json({ rows: edited.toArray().map((r) => r.toJSON()), type: String(edited.schema.fields[0].type), other: other.numRows, same: edited === table });
    `).run();
    expect(at.json[0]!.value).toEqual({ rows: [{ n: 1, s: "a" }, { n: 2, s: "b" }, { n: 3, s: "c" }], type: "Int32", other: 3, same: true });
    await at.dataEditor[0]!.edit(0, "s", "A").run();
    await at.dataEditor[0]!.deleteRows([1]).run();
    await at.dataEditor[0]!.addRow({ n: 4 }).run();
    expect(at.json[0]!.value).toEqual({ rows: [{ n: 1, s: "A" }, { n: 3, s: "c" }, { n: 4, s: null }], type: "Int32", other: 3, same: false });
  });

  it("applies edits, then deletions, then additions, as Streamlit does; an added row takes its columns' defaults", async () => {
    const at = await app(`
      const rows = st.dataEditor([{ name: "a", n: 1 }, { name: "b", n: 2 }, { name: "c", n: 3 }], {
        numRows: "dynamic",
        columnConfig: { n: st.columnConfig.NumberColumn("N", { default: 10 }) },
      });
      ${show("rows")}
    `).run();
    await at.dataEditor[0]!.edit(2, "n", 30).run();
    await at.dataEditor[0]!.deleteRows([0]).run();
    await at.dataEditor[0]!.addRow({ name: "d" }).run();
    await at.dataEditor[0]!.edit(3, "name", "D").run();
    expect(at.json[0]!.value).toEqual([{ name: "b", n: 2 }, { name: "c", n: 30 }, { name: "D", n: 10 }]);
    expect(at.dataEditor[0]!.value.editingState).toEqual({ editedRows: { 2: { n: 30 } }, addedRows: [{ name: "D" }], deletedRows: [0] });
    // Deleting an added row takes it out of addedRows.
    await at.dataEditor[0]!.deleteRows([3]).run();
    expect(at.json[0]!.value).toEqual([{ name: "b", n: 2 }, { name: "c", n: 30 }]);
  });

  it("edits dates as Dates and 64-bit integers as bigints", async () => {
    const at = await app(`
      const rows = st.dataEditor([{ when: new Date("2024-01-02T03:04:05Z"), big: 12345678901234567890n }]);
      st.json({ when: rows[0].when.toISOString(), isDate: rows[0].when instanceof Date, big: String(rows[0].big), isBig: typeof rows[0].big === "bigint" });
    `).run();
    await at.dataEditor[0]!.edit(0, "when", new Date("2025-06-07T08:09:10Z")).run();
    await at.dataEditor[0]!.edit(0, "big", 42n).run();
    expect(at.json[0]!.value).toEqual({ when: "2025-06-07T08:09:10.000Z", isDate: true, big: "42", isBig: true });
  });

  it("refuses edits that do not fit, and keeps the last good ones", async () => {
    const at = await app(`
      const rows = st.dataEditor([{ name: "a", n: 1, kind: "x", meta: { deep: 1 }, locked: 1 }], {
        disabled: ["locked"],
        columnConfig: {
          n: st.columnConfig.NumberColumn("N", { minValue: 0, maxValue: 5 }),
          name: st.columnConfig.TextColumn("Name", { maxChars: 3, validate: "^[a-z]+$", required: true }),
          kind: st.columnConfig.SelectboxColumn("Kind", { options: ["x", "y"] }),
        },
      });
      ${show("rows")}
    `).run();
    await at.dataEditor[0]!.edit(0, "n", 2).run();
    for (const [row, column, value, message] of [
      [0, "n", 9, /the column "n" takes a number of at most 5/],
      [0, "n", 1.5, /the column "n" takes a whole number/],
      [0, "n", "2", /the column "n" takes a number/],
      [0, "name", "abcd", /at most 3 characters/],
      [0, "name", "AB", /text matching \^\[a-z\]\+\$/],
      [0, "name", null, /the column "name" needs a value/],
      [0, "kind", "z", /one of its options \("x", "y"\)/],
      [0, "meta", "{}", /the column "meta" cannot be edited/],
      [0, "locked", 2, /the column "locked" cannot be edited/],
      [0, "nope", 2, /it has no column "nope"/],
    ] as const) {
      await at.dataEditor[0]!.edit(row, column, value).run();
      expect(at.errors.join("\n")).toMatch(message);
      expect(at.json[0]!.value).toEqual([{ name: "a", n: 2, kind: "x", meta: { deep: 1 }, locked: 1 }]);
    }
    expect(() => at.dataEditor[0]!.edit(3, "n", 2)).toThrow(/row 3 is not a row of this editor \(1 rows, 0 added\)/);
  });

  it("refuses added and deleted rows when its rows are fixed, and added rows without a required value", async () => {
    const at = await app(`
      ${show(`st.dataEditor([{ a: 1 }], { key: "fixed" })`)}
      ${show(`st.dataEditor([{ a: 1 }], { key: "dyn", numRows: "dynamic", columnConfig: { a: st.columnConfig.NumberColumn("A", { required: true }) } })`)}
    `).run();
    await at.dataEditor[0]!.addRow({ a: 2 }).run();
    expect(at.errors.join("\n")).toMatch(/its rows are fixed/);
    await at.dataEditor[0]!.deleteRows([0]).run();
    expect(at.errors.join("\n")).toMatch(/its rows are fixed/);
    await at.dataEditor[1]!.addRow({}).run();
    expect(at.errors.join("\n")).toMatch(/added row 0 has no value in the required column "a"/);
    expect(at.json.map((j) => j.value)).toEqual([[{ a: 1 }], [{ a: 1 }]]);
    await at.dataEditor[1]!.addRow({ a: 2 }).run();
    expect(at.json[1]!.value).toEqual([{ a: 1 }, { a: 2 }]);
  });

  it("makes nothing editable with disabled: true", async () => {
    const at = await app(`${show(`st.dataEditor([{ a: 1 }], { disabled: true })`)}`).run();
    expect(at.dataEditor[0]!.disabled).toBe(true);
    await at.dataEditor[0]!.edit(0, "a", 2).run();
    expect(at.errors.join("\n")).toMatch(/the column "a" cannot be edited/);
  });

  it("starts without edits when the data changes (the data is part of its identity)", async () => {
    const at = await app(`
      const size = st.slider("size", { minValue: 1, maxValue: 3 });
      ${show(`st.dataEditor(Array.from({ length: size }, (_, i) => ({ i })))`)}
    `).run();
    await at.dataEditor[0]!.edit(0, "i", 9).run();
    expect(at.json[0]!.value).toEqual([{ i: 9 }]);
    await at.slider[0]!.setValue(2).run();
    expect(at.json[0]!.value).toEqual([{ i: 0 }, { i: 1 }]);
  });

  it("holds edits in a form until it is submitted", async () => {
    const at = await app(`
      const form = st.form("f");
      const rows = form.dataEditor([{ a: 1 }]);
      form.formSubmitButton("Save");
      ${show("rows")}
    `).run();
    await at.dataEditor[0]!.edit(0, "a", 2).run();
    expect(at.json[0]!.value).toEqual([{ a: 1 }]);
    await at.button[0]!.click().run();
    expect(at.json[0]!.value).toEqual([{ a: 2 }]);
  });

  it("refuses session state setting its value, a column type that cannot edit the column's values, and a column named _index", async () => {
    // (The compiler sees a key written out; one it cannot see is refused when the script runs.)
    const notSettable = await app(`
      const key = ["e", "d"].join("");
      st.sessionState[key] = { editedRows: {}, addedRows: [], deletedRows: [] };
      st.dataEditor([{ a: 1 }], { key });
    `).run();
    expect(notSettable.exception[0]!.value).toMatch(/"ed".*cannot be set/s);
    const incompatible = await app(`st.dataEditor([{ a: "x" }], { columnConfig: { a: st.columnConfig.CheckboxColumn("A") } });`).run();
    expect(incompatible.exception[0]!.value).toMatch(/columnConfig\.a.*a column type that edits Utf8 values/s);
    const disabledOk = await app(`st.dataEditor([{ a: "x" }], { columnConfig: { a: st.columnConfig.ProgressColumn("A") } });`).run();
    expect(disabledOk.exception).toHaveLength(0);
    const reserved = await app(`st.dataEditor([{ _index: 1 }]);`).run();
    expect(reserved.exception[0]!.value).toMatch(/_index/);
    const badNumRows = await app(`st.dataEditor([{ a: 1 }], { numRows: "many" });`).run();
    expect(badNumRows.exception[0]!.value).toMatch(/numRows/);
  });
});
