// Scenarios a code review found broken, pinned after their fixes.
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("a run that ended while it waited", () => {
  it("does not write into a later fragment rerun of the same full run", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
      const f = st.fragment(async () => {
        if (st.button("frag")) await sleep(150);
        st.text("fragment body");
      });
      await f();
      if (st.button("slow")) {
        st.text("slow waiting");
        await sleep(60);
        st.text("LEAKED");
      }
      st.text("main end");
    `).run();
    const slow = at.button.find((b) => b.label === "slow")!;
    await slow.click().run({ timeout: 20 }).catch(() => {});
    await at.waitFor((t) => t.text.some((x) => x.value === "slow waiting"));
    at.send(JSON.stringify({ type: "stop" }));
    // The fragment rerun waits 150 ms; the stopped run's 60 ms sleep ends meanwhile.
    // (The stopped run ended after "slow": what came after it is gone from the page.)
    await at.button.find((b) => b.label === "frag")!.click().run();
    expect(at.text.map((t) => t.value)).toEqual(["fragment body", "slow waiting"]);
  });
});

describe("fragments whose block is gone", () => {
  it("stop rerunning on their timer and drop their widgets", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.sessionState.ticks ??= 0;
      if (!st.sessionState.off) st.fragment(() => { st.sessionState.ticks += 1; st.text("tick"); }, { runEvery: 0.02 })();
      st.text("end");
      st.stop();
    `).run();
    await at.waitFor((t) => t.sessionState.ticks >= 3);
    at.sessionState.off = true;
    await at.run();
    const ticks = at.sessionState.ticks;
    await sleep(120);
    await at.run();
    expect(at.sessionState.ticks).toBe(ticks);
    expect(at.text.map((t) => t.value)).toEqual(["end"]);
  });

  it("after a full run that stopped early, a click in a removed fragment reruns the app, not the fragment", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.sessionState.inside ??= 0;
      if (!st.sessionState.off) st.fragment(() => { if (st.button("inside")) st.sessionState.inside += 1; })();
      st.text("end");
      st.stop();
    `).run();
    const inside = at.button[0]!;
    at.sessionState.off = true;
    await at.run();
    await inside.click().run();
    expect(at.outcomes).toEqual(["stopped"]);
    expect(at.messages.find((m) => m.type === "runStarted")).toMatchObject({ scope: [] });
    expect(at.sessionState.inside).toBe(0);
    expect(at.text.map((t) => t.value)).toEqual(["end"]);
  });
});

describe("second review", () => {
  it("a run waiting on its own await while a block it started is also waiting can be interrupted", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const [a] = st.columns(1);
      if (st.checkbox("go")) a.with(async () => { st.text("fetching"); await new Promise(() => {}); });
      st.text("footer");
    `).run();
    await at.checkbox[0]!.check().run({ timeout: 50 }).catch(() => {});
    await at.waitFor((t) => t.text.some((x) => x.value === "fetching"));
    await at.checkbox[0]!.uncheck().run();
    expect(at.outcomes).toEqual(["interrupted", "completed"]);
    expect(at.text.map((t) => t.value)).toEqual(["footer"]);
  });

  it("code of one session outside any run does not write into another session's run", async () => {
    const b = AppTest.fromString(`
      import * as st from "rivulet";
      st.text("B start");
      await new Promise((r) => setTimeout(r, 1));
      st.text("B mid");
      await new Promise((r) => setTimeout(r, 150));
      st.text("B end");
    `);
    const a = AppTest.fromString(`
      import * as st from "rivulet";
      const { text } = st;
      // rivulet-ignore control_signal_in_try
      setTimeout(() => { try { text("LEAK from A"); } catch {} }, 30);
      st.text("A");
    `);
    await Promise.all([b.run(), a.run()]);
    expect(b.text.map((t) => t.value)).toEqual(["B start", "B mid", "B end"]);
  });

  it("an exception shows where the script's own code writes, not in a block's container", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const [a] = st.columns(2);
      a.with(async () => { await new Promise((r) => setTimeout(r, 5)); st.text("in a"); });
      await null;
      throw new Error("boom");
    `).run();
    expect((at.main.children.at(-1) as { kind?: string }).kind).toBe("exception");
  });

  it("a callback that returns a promise is an error on the page, not a silent half-run", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.button("go", { onClick: async () => { await null; } });
    `).run();
    await at.button[0]!.click().run();
    expect(at.exception[0]!.message).toMatch(/callback returned a promise/);
  });
});
