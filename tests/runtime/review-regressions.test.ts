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
