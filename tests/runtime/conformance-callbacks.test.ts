// Conformance with Streamlit 1.50: widget callbacks and button triggers.
// Reference: lib/streamlit/runtime/state/session_state.py (on_script_will_rerun applies every
// new widget value, then _call_callbacks runs the callbacks, all before the script body runs),
// lib/streamlit/runtime/scriptrunner/script_runner.py (callbacks run inside the run, so what they
// write lands at the top of the page and an error they raise ends the run).
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

describe("callbacks (Streamlit 1.50)", () => {
  it("every callback sees every new widget value of the run, not only its own", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.sessionState.log ??= [];
      const record = (who: string) => st.sessionState.log.push(who + "=" + st.sessionState.a + "/" + st.sessionState.b);
      st.checkbox("a", { key: "a", onChange: record, args: ["a"] });
      st.slider("b", { key: "b", onChange: record, args: ["b"] });
      st.text(st.sessionState.log.slice().sort().join(" "));
    `).run();
    at.checkbox[0]!.check();
    await at.slider[0]!.setValue(4).run();
    expect(at.outcomes).toEqual(["completed"]);
    expect(at.text[0]!.value).toBe("a=true/4 b=true/4");
  });

  it("a button callback gets its args and runs once, before the script sees the click", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.sessionState.events ??= [];
      const clicked = st.button("add", {
        onClick: (n: number, tag: string) => st.sessionState.events.push("callback " + tag + n),
        args: [2, "x"],
      });
      st.sessionState.events.push("script " + clicked);
      st.text(st.sessionState.events.join(", "));
    `).run();
    expect(at.text[0]!.value).toBe("script false");
    await at.button[0]!.click().run();
    expect(at.text[0]!.value).toBe("script false, callback x2, script true");
  });

  it("what a callback writes appears at the top of the page, for that run only", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.title("App");
      st.button("go", { onClick: () => st.text("from the callback") });
      st.text("end");
    `).run();
    await at.button[0]!.click().run();
    expect(at.main.children.map((c) => ("kind" in c ? `${c.kind}:${String(c.value)}` : c.block))).toEqual([
      "text:from the callback",
      "title:App",
      "button:true",
      "text:end",
    ]);
    await at.run();
    expect(at.text.map((t) => t.value)).toEqual(["end"]);
  });

  it("a callback that throws shows the exception and the script body does not run", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.text("top");
      st.button("b", { onClick: () => { throw new RangeError("callback failed"); } });
      st.text("bottom");
    `).run();
    await at.button[0]!.click().run();
    expect(at.outcomes).toEqual(["exception"]);
    expect(at.exception.map((e) => [e.type, e.message])).toEqual([["RangeError", "callback failed"]]);
    expect(at.text).toHaveLength(0);
    await at.run();
    expect(at.exception).toHaveLength(0);
    expect(at.text.map((t) => t.value)).toEqual(["top", "bottom"]);
  });

  it("a callback may set a keyed widget's value: the widget shows it in the same run", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.button("max", { onClick: () => { st.sessionState.level = 10; } });
      st.text("level " + st.slider("Level", { key: "level", maxValue: 10 }));
    `).run();
    await at.slider[0]!.setValue(3).run();
    expect(at.text[0]!.value).toBe("level 3");
    await at.button[0]!.click().run();
    expect(at.exception).toHaveLength(0);
    expect(at.text[0]!.value).toBe("level 10");
    expect(at.slider[0]!.value).toBe(10);
  });

  it("a callback that deletes a keyed widget's state resets the widget to its default", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.button("reset", { onClick: () => { delete st.sessionState.level; } });
      st.text("level " + st.slider("Level", { key: "level", maxValue: 10, value: 2 }));
    `).run();
    await at.slider[0]!.setValue(8).run();
    expect(at.text[0]!.value).toBe("level 8");
    await at.button[0]!.click().run();
    expect(at.text[0]!.value).toBe("level 2");
    expect(at.sessionState.level).toBe(2);
  });
});

describe("button triggers (Streamlit 1.50)", () => {
  it("a click is true for one run: the rerun it asks for sees false and does not repeat the callback", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.sessionState.seen ??= [];
      const b = st.button("b", { onClick: () => st.sessionState.seen.push("callback") });
      st.sessionState.seen.push(String(b));
      if (b) st.rerun();
      st.text(st.sessionState.seen.join(","));
    `).run();
    await at.button[0]!.click().run();
    expect(at.outcomes).toEqual(["rerun", "completed"]);
    expect(at.text[0]!.value).toBe("false,callback,true,false");
  });

  it("a keyed button's session state is true during the click run and false after it", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.sessionState.during ??= [];
      st.button("b", { key: "b", onClick: () => st.sessionState.during.push("callback " + st.sessionState.b) });
      st.sessionState.during.push("script " + st.sessionState.b);
      st.text(st.sessionState.during.join(", "));
    `).run();
    await at.button[0]!.click().run();
    expect(at.text[0]!.value).toBe("script false, callback true, script true");
    expect(at.sessionState.b).toBe(false);
    await at.run();
    expect(at.text[0]!.value).toBe("script false, callback true, script true, script false");
  });
});
