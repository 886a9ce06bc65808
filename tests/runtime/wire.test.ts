// What crosses the wire: only changes, streamed when the run awaits, trimmed at the end.
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

describe("wire traffic", () => {
  it("a run that awaits sends what it wrote so far, with fresh marks, before it goes on", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.text("loading");
      await new Promise((resolve) => setTimeout(resolve, 1));
      st.text("loaded");
    `).run();
    expect(at.messages.map((m) => m.type)).toEqual(["hello", "runStarted", "patch", "patch", "runFinished"]);
    const [first, second] = at.messages.filter((m) => m.type === "patch");
    expect(first!.ops).toEqual([
      { op: "set", path: [0, 0], node: { kind: "text", body: "loading" } },
      { op: "fresh", path: [0], count: 1 },
      { op: "fresh", path: [1], count: 0 },
    ]);
    expect(second!.ops).toEqual([{ op: "set", path: [0, 1], node: { kind: "text", body: "loaded" } }]);
  });

  it("a rerun that changes one element sends one set, and a shorter run a trim", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const n = st.slider("n", { value: 3 });
      st.text("n is " + n);
      for (let i = 0; i < n; i++) st.text("row " + i);
    `).run();
    await at.slider[0]!.setValue(2).run();
    const patches = at.messages.flatMap((m) => (m.type === "patch" ? m.ops : []));
    expect(patches.map((op) => op.op)).toEqual(["set", "set", "trim"]);
    expect(patches[1]).toEqual({ op: "set", path: [0, 1], node: { kind: "text", body: "n is 2" } });
    expect(patches[2]).toEqual({ op: "trim", path: [0], length: 4 });
  });

  it("a fragment rerun names the fragment's block as its scope and touches nothing else", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      for (let i = 0; i < 20; i++) st.text("line " + i);
      st.fragment(() => { st.text("clicks " + (st.sessionState.c = (st.sessionState.c ?? 0) + (st.button("+") ? 1 : 0))); })();
    `).run();
    await at.button[0]!.click().run();
    const started = at.messages.find((m) => m.type === "runStarted");
    expect(started).toMatchObject({ scope: [0, 20] });
    const ops = at.messages.flatMap((m) => (m.type === "patch" ? m.ops : []));
    expect(ops).toEqual([{ op: "set", path: [0, 20, 1], node: { kind: "text", body: "clicks 1" } }]);
  });
});
