// st.dataframe with onSelect: a widget whose value is Streamlit's DataframeState. A selection
// reruns the app (or calls its callback first), stays in st.sessionState[key], is checked against
// the data and the selection modes, and starts anew when the data changes.
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

const app = (body: string) => AppTest.fromString(`import * as st from "rivulet";\n${body}`);
const DATA = `const data = [{ name: "a", n: 1 }, { name: "b", n: 2 }, { name: "c", n: 3 }];`;

describe("st.dataframe selections", () => {
  it("returns an empty selection first, then the rows selected", async () => {
    const at = await app(`${DATA}
      const event = st.dataframe(data, { onSelect: "rerun", key: "df" });
      st.json(event);
      st.write(st.sessionState.df === event);
    `).run();
    expect(at.json[0]!.value).toEqual({ selection: { rows: [], columns: [], cells: [] } });
    await at.dataframe[0]!.selectRows([0, 2]).run();
    expect(at.json[0]!.value).toEqual({ selection: { rows: [0, 2], columns: [], cells: [] } });
    expect(at.markdown[0]!.value).toBe("`true`");
    expect(at.dataframe[0]!.value.selection).toEqual({ rows: [0, 2], columns: [], cells: [] });
  });

  it("selects columns and cells in their modes, and calls a callback before the rerun", async () => {
    const at = await app(`${DATA}
      const event = st.dataframe(data, {
        key: "df",
        onSelect: () => st.sessionState.log = (st.sessionState.log ?? 0) + 1,
        selectionMode: ["single-column", "multi-cell"],
      });
      st.json({ event, log: st.sessionState.log ?? 0 });
    `).run();
    await at.dataframe[0]!.selectColumns(["n"]).run();
    await at.dataframe[0]!.selectCells([[1, "name"], [2, "n"]]).run();
    expect(at.json[0]!.value).toEqual({ event: { selection: { rows: [], columns: ["n"], cells: [[1, "name"], [2, "n"]] } }, log: 2 });
  });

  it("refuses a selection that does not fit: a mode it lacks, two in a single mode, a row or column it has not", async () => {
    const at = await app(`${DATA}
      st.json(st.dataframe(data, { onSelect: "rerun", selectionMode: "single-row" }));
    `).run();
    for (const [interaction, message] of [
      [() => at.dataframe[0]!.selectRows([0, 1]), /only one of its rows/],
      [() => at.dataframe[0]!.selectColumns(["n"]), /selects no columns/],
      [() => at.dataframe[0]!.selectRows([3]), /it has 3 rows/],
    ] as const) {
      await interaction().run();
      expect(at.errors.join("\n")).toMatch(message);
      expect(at.json[0]!.value).toEqual({ selection: { rows: [], columns: [], cells: [] } });
    }
  });

  it("starts a new selection when the data changes", async () => {
    const at = await app(`
      const size = st.slider("size", { minValue: 2, maxValue: 4 });
      st.json(st.dataframe({ x: Array.from({ length: size }, (_, i) => i) }, { onSelect: "rerun" }));
    `).run();
    await at.dataframe[0]!.selectRows([1]).run();
    expect(at.json[0]!.value).toEqual({ selection: { rows: [1], columns: [], cells: [] } });
    await at.slider[0]!.setValue(3).run();
    expect(at.json[0]!.value).toEqual({ selection: { rows: [], columns: [], cells: [] } });
  });

  it("refuses a bad selectionMode or onSelect, and session state setting its key", async () => {
    const bad = [
      [`st.dataframe([], { onSelect: "rerun", selectionMode: "multi-rows" as never })`, /selectionMode.*"single-row", "multi-row"/],
      [`st.dataframe([], { onSelect: "rerun", selectionMode: ["single-row", "multi-row"] })`, /only one of "single-row" and "multi-row"/],
      [`st.dataframe([], { onSelect: "always" as never })`, /onSelect.*"ignore", "rerun" or a function/],
      [`const set = (key: string) => (st.sessionState[key] = {}); set("df"); st.dataframe([], { key: "df", onSelect: "rerun" })`, /Values for the widget with key "df" cannot be set using st.sessionState/],
    ] as const;
    for (const [code, message] of bad) {
      const at = await app(code).run();
      expect(at.exception[0]?.value, code).toMatch(message);
    }
  });

  it("is caught at build time when session state sets a selectable dataframe's key in straight-line code", async () => {
    await expect(app(`st.sessionState.df = {}; st.dataframe([], { key: "df", onSelect: "rerun" });`).run()).rejects.toThrow(/widget_value_not_settable/);
    await expect(app(`st.sessionState.df = {}; st.dataframe([], { key: "df" });`).run()).resolves.toBeDefined();
  });

  it("is a plain element without onSelect: no id, no value, and a key set in session state is only state", async () => {
    const at = await app(`st.sessionState.df = 1; st.dataframe([{ a: 1 }], { key: "df" });`).run();
    expect(at.exception).toHaveLength(0);
    expect(at.dataframe[0]!.id).toBeUndefined();
    expect(at.dataframe[0]!.value.selection).toBeNull();
  });
});
