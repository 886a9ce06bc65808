// st.fragment(fn, { runEvery }): the session reruns the fragment on a timer while it lives.
// No timing assertions: each test waits until something happens ("eventually").
import { afterEach, describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

const opened: AppTest[] = [];
const open = (source: string): AppTest => {
  const at = AppTest.fromString(source);
  opened.push(at);
  return at;
};
afterEach(() => {
  for (const at of opened.splice(0)) at.close();
});

const ticker = `
  import * as st from "rivulet";
  st.sessionState.appRuns = (st.sessionState.appRuns ?? 0) + 1;
  st.sessionState.ticks ??= 0;
  st.text("app runs " + st.sessionState.appRuns);
  if (!st.sessionState.off) {
    st.fragment(() => {
      st.sessionState.ticks += 1;
      st.text("ticks " + st.sessionState.ticks);
    }, { runEvery: "50ms" })();
  }
  st.text("last");
`;

const ticks = (at: AppTest): number => at.sessionState.ticks as number;

describe("runEvery", () => {
  it("reruns only the fragment, again and again, with no input", async () => {
    const at = await open(ticker).run();
    expect(ticks(at)).toBe(1);
    await at.waitFor((t) => ticks(t) >= 3);
    expect(at.sessionState.appRuns).toBe(1);
    expect(at.text.map((t) => t.value)).toEqual(["app runs 1", expect.stringMatching(/^ticks \d+$/), "last"]);
    // What the page shows follows the session's fragment reruns.
    await at.waitFor((t) => t.text[1]!.value === `ticks ${ticks(t)}` && ticks(t) >= 4);
  });

  it("keeps its timer across full runs while the fragment is still called", async () => {
    const at = await open(ticker).run();
    await at.run();
    await at.run();
    expect(at.sessionState.appRuns).toBe(3);
    const before = ticks(at);
    await at.waitFor((t) => ticks(t) >= before + 3);
    // One timer, not one per full run: the fragment reruns alone.
    expect(at.sessionState.appRuns).toBe(3);
  });

  it("stops when a completed full run no longer calls the fragment", async () => {
    const at = await open(ticker).run();
    await at.waitFor((t) => ticks(t) >= 2);
    at.sessionState.off = true;
    await at.run();
    expect(at.text.map((t) => t.value)).toEqual(["app runs 2", "last"]);
    const stopped = ticks(at);
    // Another fragment that keeps ticking tells us time has passed.
    const other = await open(ticker).run();
    await other.waitFor((t) => ticks(t) >= 4);
    expect(ticks(at)).toBe(stopped);
    expect(at.sessionState.appRuns).toBe(2);
  });

  it("stops when the session is closed", async () => {
    const at = await open(ticker).run();
    await at.waitFor((t) => ticks(t) >= 2);
    at.close();
    const closedAt = ticks(at);
    const other = await open(ticker).run();
    await other.waitFor((t) => ticks(t) >= 4);
    expect(ticks(at)).toBe(closedAt);
  });

  it("a full rerun request covers a timer's fragment rerun, and widgets keep working", async () => {
    const at = await open(`
      import * as st from "rivulet";
      st.sessionState.appRuns = (st.sessionState.appRuns ?? 0) + 1;
      st.sessionState.ticks ??= 0;
      const n = st.slider("n", { maxValue: 10 });
      st.fragment(() => {
        st.sessionState.ticks += 1;
        st.text("n is " + n);
      }, { runEvery: 0.05 })();
    `).run();
    await at.slider[0]!.setValue(6).run();
    expect(at.text[0]!.value).toBe("n is 6");
    await at.waitFor((t) => (t.sessionState.ticks as number) >= 4);
    expect(at.sessionState.appRuns).toBe(2);
    // The fragment re-enters the scope of the full run that created it.
    expect(at.text[0]!.value).toBe("n is 6");
    expect(at.errors).toEqual([]);
  });

  it("an invalid runEvery raises RivuletAPIError", async () => {
    const at = await open(`
      import * as st from "rivulet";
      const every: any = "soon";
      st.fragment(() => st.text("x"), { runEvery: every })();
    `).run();
    expect(at.exception[0]!.type).toBe("RivuletAPIError");
    expect(at.exception[0]!.message).toMatch(/not a valid runEvery/);
  });
});
