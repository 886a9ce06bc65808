// Conformance with Streamlit 1.50: st.fragment.
// Reference: lib/streamlit/runtime/fragment.py (each call of a fragment function is its own
// fragment, keyed by where it is called, rerun with the arguments of that call; elements written
// to containers made outside the fragment accumulate with each fragment rerun until the next app
// rerun), lib/streamlit/commands/execution_control.py (st.rerun(scope="fragment") raises unless
// it runs in a fragment during a fragment rerun; scope "app" reruns everything),
// lib/streamlit/runtime/state/session_state.py (_remove_stale_widgets in a fragment run drops only
// that fragment's unrendered widgets), and the frontend clearing a fragment's stale elements when
// the fragment run finishes.
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

describe("st.fragment (Streamlit 1.50)", () => {
  it("a fragment called twice is two fragments, each rerun alone with its own arguments", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.sessionState.appRuns = (st.sessionState.appRuns ?? 0) + 1;
      st.sessionState.runs ??= {};
      const panel = st.fragment((name: string) => {
        st.sessionState.runs[name] = (st.sessionState.runs[name] ?? 0) + 1;
        if (st.button("click " + name)) st.sessionState.last = name;
        st.text(name + " ran " + st.sessionState.runs[name] + ", last " + (st.sessionState.last ?? "-"));
      });
      panel("one");
      panel("two");
      st.text("app ran " + st.sessionState.appRuns);
    `).run();
    await at.button[1]!.click().run();
    expect(at.outcomes).toEqual(["completed"]);
    expect(at.text.map((t) => t.value)).toEqual(["one ran 1, last -", "two ran 2, last two", "app ran 1"]);
    await at.button[0]!.click().run();
    expect(at.text.map((t) => t.value)).toEqual(["one ran 2, last one", "two ran 2, last two", "app ran 1"]);
  });

  it("st.rerun() from a fragment rerun reruns the whole app", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.sessionState.appRuns = (st.sessionState.appRuns ?? 0) + 1;
      st.fragment(() => { if (st.button("full")) st.rerun(); })();
      st.text("app " + st.sessionState.appRuns);
    `).run();
    await at.button[0]!.click().run();
    expect(at.outcomes).toEqual(["rerun", "completed"]);
    expect(at.text[0]!.value).toBe("app 2");
    expect(at.button[0]!.value).toBe(false);
  });

  it('st.rerun({ scope: "fragment" }) inside a fragment during a full run raises', async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.fragment(() => {
        st.text("inside");
        if (st.sessionState.now) st.rerun({ scope: "fragment" });
      })();
    `).run();
    expect(at.exception).toHaveLength(0);
    at.sessionState.now = true;
    await at.run();
    expect(at.outcomes).toEqual(["exception"]);
    expect(at.exception[0]!.type).toBe("RivuletAPIError");
    expect(at.exception[0]!.message).toMatch(/fragment rerun/);
  });

  it("st.stop in a fragment rerun clears the rest of the fragment and leaves the app alone", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.text("top");
      st.fragment(() => {
        st.text("a");
        if (st.button("stop")) st.stop();
        st.text("b");
      })();
      st.text("bottom");
    `).run();
    await at.button[0]!.click().run();
    expect(at.outcomes).toEqual(["stopped"]);
    expect(at.text.map((t) => t.value)).toEqual(["top", "a", "bottom"]);
  });

  it("an exception in a fragment rerun is shown inside the fragment; the rest of the app stays", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.text("top");
      st.fragment(() => {
        st.text("a");
        if (st.button("boom")) throw new TypeError("broken");
        st.text("b");
      })();
      st.text("bottom");
    `).run();
    await at.button[0]!.click().run();
    expect(at.outcomes).toEqual(["exception"]);
    const [, fragment, bottom] = at.main.children as any[];
    expect(fragment.block).toBe("fragment");
    expect(fragment.children.map((c: any) => c.kind)).toEqual(["text", "button", "exception"]);
    expect(bottom.value).toBe("bottom");
    await at.run();
    expect(at.exception).toHaveLength(0);
    expect(at.text.map((t) => t.value)).toEqual(["top", "a", "b", "bottom"]);
  });

  it("elements a fragment writes to an outside container accumulate until the next full run", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const log = st.container();
      st.fragment(() => {
        st.button("again");
        log.text("from fragment");
      })();
      st.button("full");
    `).run();
    await at.button[0]!.click().run();
    await at.button[0]!.click().run();
    expect(at.main.get("text").map((t) => t.value)).toEqual(["from fragment", "from fragment", "from fragment"]);
    await at.button[1]!.click().run();
    expect(at.main.get("text")).toHaveLength(1);
  });

  it("widgets in containers made inside the fragment belong to the fragment", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.sessionState.appRuns = (st.sessionState.appRuns ?? 0) + 1;
      st.fragment(() => {
        const box = st.container();
        const [left] = st.columns(2);
        const on = left.checkbox("on");
        box.text("on " + on);
      })();
      st.text("app " + st.sessionState.appRuns);
    `).run();
    await at.checkbox[0]!.check().run();
    expect(at.exception).toHaveLength(0);
    expect(at.text.map((t) => t.value)).toEqual(["on true", "app 1"]);
  });

  it("a fragment rerun forgets its own unrendered widgets and keeps the app's widgets", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const outer = st.slider("outer", { maxValue: 10 });
      st.fragment(() => {
        if (st.checkbox("show")) st.slider("inner", { maxValue: 10 });
        st.text("outer " + outer);
      })();
    `).run();
    await at.slider[0]!.setValue(7).run();
    await at.checkbox[0]!.check().run();
    await at.slider[1]!.setValue(9).run();
    await at.checkbox[0]!.uncheck().run();
    await at.checkbox[0]!.check().run();
    expect(at.outcomes).toEqual(["completed"]);
    expect(at.slider.map((s) => [s.label, s.value])).toEqual([
      ["outer", 7],
      ["inner", 0],
    ]);
    expect(at.text[0]!.value).toBe("outer 7");
  });

  it("a widget callback inside a fragment runs before the fragment rerun", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      st.sessionState.appRuns = (st.sessionState.appRuns ?? 0) + 1;
      st.fragment(() => {
        st.textInput("Name", { key: "name", onChange: () => { st.sessionState.greeting = "hi " + st.sessionState.name; } });
        st.text(st.sessionState.greeting ?? "no greeting");
      })();
      st.text("app " + st.sessionState.appRuns);
    `).run();
    await at.textInput[0]!.input("Ada").run();
    expect(at.outcomes).toEqual(["completed"]);
    expect(at.text.map((t) => t.value)).toEqual(["hi Ada", "app 1"]);
  });
});
