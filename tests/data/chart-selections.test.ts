// st.vegaLiteChart with onSelect: a widget whose value is Streamlit's VegaLiteState, each of the
// spec's selection parameters by name ({} until something is selected); a spec without any
// selection parameter, or a selectionMode naming one it lacks, is refused as Streamlit refuses it.
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

const app = (body: string) => AppTest.fromString(`import * as st from "rivulet";\n${body}`);
const SPEC = `{
  mark: "bar",
  params: [{ name: "pick", select: "point" }, { name: "brush", select: "interval" }],
  encoding: { x: { field: "a", type: "nominal" }, y: { field: "b", type: "quantitative" } },
}`;

describe("st.vegaLiteChart selections", () => {
  it("returns each selection parameter's value, in session state, and calls its callback", async () => {
    const at = await app(`
      const event = st.vegaLiteChart([{ a: "A", b: 1 }, { a: "B", b: 2 }], ${SPEC}, {
        onSelect: () => st.sessionState.calls = (st.sessionState.calls ?? 0) + 1,
        key: "chart",
      });
      st.json({ event, same: st.sessionState.chart === event, calls: st.sessionState.calls ?? 0 });
    `).run();
    expect(at.json[0]!.value).toEqual({ event: { selection: { brush: {}, pick: {} } }, same: true, calls: 0 });
    await at.vegaLiteChart[0]!.select("pick", [{ a: "B" }]).run();
    expect(at.json[0]!.value).toEqual({ event: { selection: { brush: {}, pick: [{ a: "B" }] } }, same: true, calls: 1 });
    expect(at.vegaLiteChart[0]!.value.selection).toEqual({ brush: {}, pick: [{ a: "B" }] });
    expect(at.vegaLiteChart[0]!.selectionMode).toEqual(["brush", "pick"]);
  });

  it("activates only the parameters in selectionMode, and refuses a value of another", async () => {
    const at = await app(`st.json(st.vegaLiteChart([{ a: "A", b: 1 }], ${SPEC}, { onSelect: "rerun", selectionMode: "brush" }));`).run();
    expect(at.json[0]!.value).toEqual({ selection: { brush: {} } });
    await at.vegaLiteChart[0]!.select("pick", [{ a: "A" }]).run();
    expect(at.errors.join("\n")).toMatch(/it selects with "brush", not "pick"/);
    await at.vegaLiteChart[0]!.select("brush", { b: [0, 2] }).run();
    expect(at.json[0]!.value).toEqual({ selection: { brush: { b: [0, 2] } } });
  });

  it("refuses a spec without selection parameters, and a selectionMode the spec lacks", async () => {
    const none = await app(`st.vegaLiteChart([{ a: 1 }], { mark: "point", encoding: { x: { field: "a" } } }, { onSelect: "rerun" });`).run();
    expect(none.exception[0]!.value).toMatch(/a spec with a selection parameter/);
    const missing = await app(`st.vegaLiteChart([{ a: 1 }], ${SPEC}, { onSelect: "rerun", selectionMode: ["zoom"] });`).run();
    expect(missing.exception[0]!.value).toMatch(/selectionMode.*selection parameters of the spec \("pick", "brush"\)/s);
  });
});
