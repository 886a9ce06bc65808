// How runs end early: a newer run while one awaits, the Stop button, the run's AbortSignal, and
// what the page sees of an interrupted run.
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

describe("halting a run that awaits", () => {
  it("a new run abandons a run waiting on a promise that never settles, and aborts its signal", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.sessionState.runs = (st.sessionState.runs ?? 0) + 1;
      st.text("run " + st.sessionState.runs);
      if (st.checkbox("wait")) {
        const signal = st.runSignal();
        st.sessionState.aborted = () => String(signal.reason);
        st.text("waiting");
        await new Promise(() => {});
      }
      st.text("done");
    `).run();
    const waiting = at.checkbox[0]!.check().run({ timeout: 100 }).catch((error: Error) => error);
    expect(await waiting).toBeInstanceOf(Error);
    await at.waitFor((t) => t.text.some((x) => x.value === "waiting"));
    await at.checkbox[0]!.uncheck().run();
    expect(at.outcomes).toEqual(["interrupted", "completed"]);
    expect(at.text.map((t) => t.value)).toEqual(["run 3", "done"]);
    expect(at.sessionState.aborted()).toBe("interrupted");
  });

  it("st.runSignal() cancels pending work when the run is interrupted, and its finally blocks run", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const log: string[] = (st.sessionState.log ??= []);
      if (st.checkbox("slow")) {
        try {
          st.text("waiting");
          await new Promise((resolve, reject) => {
            const signal = st.runSignal();
            signal.addEventListener("abort", () => {
              log.push("aborted: " + String(signal.reason));
              reject(new Error("cancelled"));
            });
          });
          log.push("went on");
        } catch {
          log.push("caught");
        } finally {
          log.push("cleaned up");
        }
      }
      st.text("log " + log.join(", "));
    `).run();
    await at.checkbox[0]!.check().run({ timeout: 50 }).catch(() => {});
    await at.waitFor((t) => t.text.some((x) => x.value === "waiting"));
    await at.checkbox[0]!.uncheck().run();
    expect(at.text[0]!.value).toBe("log aborted: interrupted");
    // The halted run's code resumed later, only to unwind: its finally ran, no catch, no going on.
    await at.run();
    expect(at.text[0]!.value).toBe("log aborted: interrupted, cleaned up");
    expect(at.exception).toEqual([]);
  });

  it("the Stop button halts a waiting run, drops what is queued, and keeps what it wrote", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.text("before");
      if (st.button("wait")) {
        st.text("waiting");
        await new Promise(() => {});
      }
      st.text("after");
    `).run();
    await at.button[0]!.click().run({ timeout: 50 }).catch(() => {});
    await at.waitFor((t) => t.text.some((x) => x.value === "waiting"));
    at.send(JSON.stringify({ type: "stop" }));
    await at.run({ timeout: 1000 }).catch(() => {});
    expect(at.text.map((t) => t.value)).toEqual(["before", "after"]);
  });
});

describe("a widget with a default and a Session State value", () => {
  it("warns once", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      if (st.button("reset")) st.sessionState.level = 5;
      else st.sessionState.level ??= 3;
      st.slider("Level", { key: "level", value: 1, maxValue: 10 });
    `).run();
    expect(at.warning.map((w) => w.value)).toEqual([
      'The widget with key "level" was created with a default value but also had its value set via the Session State API.',
    ]);
    expect(at.slider[0]!.value).toBe(3);
    await at.run();
    expect(at.warning).toHaveLength(0);
  });
});

describe("for await", () => {
  it("awaits the values of a plain array, streams while it waits, and a new input halts it", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      for await (const n of [Promise.resolve(1), 2]) st.text("value " + n + " " + typeof n);
      async function* forever() { while (true) { await new Promise((r) => setTimeout(r, 5)); yield "tick"; } }
      if (st.checkbox("listen")) for await (const t of forever()) st.text(t);
      st.text("end");
    `).run();
    expect(at.text.map((t) => t.value)).toEqual(["value 1 number", "value 2 number", "end"]);
    await at.checkbox[0]!.check().run({ timeout: 60 }).catch(() => {});
    // It streams: ticks reach the page while the run is still waiting for the next one.
    await at.waitFor((t) => t.text.some((x) => x.value === "tick"));
    await at.checkbox[0]!.uncheck().run();
    expect(at.outcomes).toContain("completed");
    expect(at.text.map((t) => t.value)).toEqual(["value 1 number", "value 2 number", "end"]);
  });
});
