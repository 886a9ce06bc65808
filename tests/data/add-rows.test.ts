// handle.addRows: rows appended to a dataframe, a table or a chart in the page without sending
// again what it has (each call is one more table), refused when the columns or their types do
// not match, or when the handle is not of an element that takes rows.
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

const app = (body: string) => AppTest.fromString(`import * as st from "rivulet";\n${body}`);

describe("addRows", () => {
  it("appends to a dataframe, a table and a built-in chart", async () => {
    const at = await app(`
      const df = st.dataframe([{ step: 1, loss: 0.9 }]);
      df.addRows([{ step: 2, loss: 0.7 }]);
      df.addRows({ step: [3, 4], loss: [0.55, 0.5] });
      st.table([{ a: "x" }]).addRows([{ a: "y" }]);
      st.lineChart({ t: [1, 2], v: [1.5, 2] }, { x: "t" }).addRows({ t: [3], v: [4.5] });
    `).run();
    expect(at.dataframe[0]!.value.rows).toEqual([
      { step: 1, loss: 0.9 },
      { step: 2, loss: 0.7 },
      { step: 3, loss: 0.55 },
      { step: 4, loss: 0.5 },
    ]);
    expect(at.dataframe[0]!.rows).toBe(4);
    expect(at.dataframe[0]!.more).toHaveLength(2);
    expect(at.table[0]!.value.rows).toEqual([{ a: "x" }, { a: "y" }]);
    expect((at.vegaLiteChart[0]!.value.datasets as Record<string, unknown[]>).source).toEqual([{ t: 1, v: 1.5 }, { t: 2, v: 2 }, { t: 3, v: 4.5 }]);
  });

  it("takes numbers of another number type, as pandas does", async () => {
    const at = await app(`st.dataframe([{ step: 0, loss: 1 }]).addRows([{ step: 1, loss: 0.5 }]);`).run();
    expect(at.dataframe[0]!.value.rows).toEqual([{ step: 0, loss: 1 }, { step: 1, loss: 0.5 }]);
  });

  it("sends only the rows added, not the data again", async () => {
    const at = await app(`
      const df = st.dataframe({ n: Float64Array.from({ length: 50000 }, (_, i) => i + 0.5) });
      await new Promise((resolve) => setTimeout(resolve, 5));
      df.addRows({ n: Float64Array.from([1.5, 2.5]) });
    `).run();
    const frames = at.messages.length;
    expect(frames).toBeGreaterThan(0);
    expect(at.dataframe[0]!.value.rows.at(-1)).toEqual({ n: 2.5 });
    expect(at.dataframe[0]!.rows).toBe(50002);
    // The whole data went once (400 kB), the two rows in a frame of their own.
    expect(at.bytesReceived).toBeLessThan(400_000 + 5_000);
  });

  it("refuses rows of other columns or types, and a handle of another element", async () => {
    for (const [call, message] of [
      [`st.dataframe([{ a: 1 }]).addRows([{ b: 1 }])`, /addRows.*rows with the element's columns and types \(a: Int32\)/],
      [`st.dataframe([{ a: 1 }]).addRows([{ a: "x" }])`, /a: Int32.*a: Utf8/],
      [`st.dataframe([{ a: 1, b: 2 }]).addRows([{ a: 1 }])`, /a: Int32, b: Int32.*a: Int32"/],
      [`st.text("hi").addRows([{ a: 1 }])`, /addRows.*a dataframe, a table or a chart.*a text/],
    ] as const) {
      const at = await app(call).run();
      expect(at.exception[0]?.value, call).toMatch(message);
    }
  });
});
