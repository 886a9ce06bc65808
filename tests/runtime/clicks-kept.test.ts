// Issue 7, defect 6: no click is lost. A newer event interrupts the run a click caused; when the
// interrupted run never read the button, the click carries into the next run (Streamlit loses
// it). A click the interrupted run did read is not counted again, and its callback runs once.
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

const app = (buttonFirst: boolean) => `
  import * as st from "rivulet";
  st.sessionState.count ??= 0;
  st.sessionState.callbacks ??= 0;
  const level = st.slider("level", { maxValue: 10 });
  const add = () => st.button("add", { onClick: () => st.sessionState.callbacks++ });
  ${buttonFirst ? "if (add()) st.sessionState.count++;" : ""}
  st.text("waiting at " + level);
  await new Promise((resolve) => setTimeout(resolve, 20));
  ${buttonFirst ? "" : "if (add()) st.sessionState.count++;"}
  st.text("count " + st.sessionState.count);
`;

describe("a click whose run is interrupted", () => {
  it("carries into the next run when the interrupted run had not reached the button", async () => {
    const at = await AppTest.fromString(app(false)).run();
    const clicked = at.button[0]!.click().run();
    await at.waitFor((t) => t.outcomes.length === 0 && t.messages.some((m) => m.type === "runStarted"));
    await at.slider[0]!.setValue(3).run();
    await clicked;
    // The click's own run goes first, with what the page had when it was clicked; then the value.
    expect(at.outcomes).toEqual(["interrupted", "completed", "completed"]);
    expect(at.sessionState.count).toBe(1);
    expect(at.sessionState.callbacks).toBe(1);
    expect(at.text.map((t) => t.value)).toEqual(["waiting at 3", "count 1"]);
    // It was the click of that one run: the next run has no click.
    await at.run();
    expect(at.sessionState.count).toBe(1);
  });

  it("is not counted twice when the interrupted run had read it", async () => {
    const at = await AppTest.fromString(app(true)).run();
    const clicked = at.button[0]!.click().run();
    await at.waitFor((t) => t.text.some((x) => x.value === "waiting at 0") && t.messages.some((m) => m.type === "runStarted"));
    await at.slider[0]!.setValue(4).run();
    await clicked;
    expect(at.outcomes).toEqual(["interrupted", "completed"]);
    expect(at.sessionState.count).toBe(1);
    expect(at.sessionState.callbacks).toBe(1);
  });

  it("survives several interruptions in a row", async () => {
    const at = await AppTest.fromString(app(false)).run();
    const clicked = at.button[0]!.click().run();
    for (const value of [1, 2, 3]) {
      await at.waitFor((t) => t.messages.some((m) => m.type === "runStarted"));
      at.messages = [];
      await at.slider[0]!.setValue(value).run({ timeout: 5 }).catch(() => {});
    }
    await at.run();
    await clicked;
    expect(at.sessionState.count).toBe(1);
    expect(at.sessionState.callbacks).toBe(1);
  });
});

describe("clicks that arrive together", () => {
  it("two clicks of one button in one burst are two runs, each seeing one click", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.sessionState.count ??= 0;
      if (st.button("add")) st.sessionState.count++;
      st.text("count " + st.sessionState.count);
    `).run();
    await at.button[0]!.click().click().click().run();
    expect(at.outcomes).toEqual(["completed", "completed", "completed"]);
    expect(at.text[0]!.value).toBe("count 3");
  });

  it("a click's run sees the values the page had when it was clicked", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.sessionState.log ??= [];
      const n = st.slider("n", { maxValue: 10 });
      if (st.button("add")) st.sessionState.log.push(n);
      st.text(st.sessionState.log.join(","));
    `).run();
    const [slider, button] = [at.slider[0]!.id, at.button[0]!.id];
    for (const message of [
      { type: "setValue", id: slider, value: 1 },
      { type: "trigger", id: button },
      { type: "setValue", id: slider, value: 5 },
      { type: "setValue", id: slider, value: 2 },
      { type: "trigger", id: button },
      { type: "setValue", id: slider, value: 3 },
    ]) at.send(JSON.stringify(message));
    await at.run();
    expect(at.text[0]!.value).toBe("1,2");
    expect(at.slider[0]!.value).toBe(3);
  });
});
