// Status elements through AppTest: st.progress (and its handle), st.spinner, st.toast,
// st.balloons and st.snow.
import { describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

describe("st.progress", () => {
  it("takes 0–100 or 0.0–1.0, and its handle updates it in place", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const bar = st.progress(0, "Starting");
      bar.progress(0.999, "Almost");
      st.progress(100);
    `).run();
    expect(at.get("progress").map((p) => [p.value, p.text])).toEqual([
      [99, "Almost"],
      [100, undefined],
    ]);
  });

  it("raises Streamlit's errors", async () => {
    const cases: [string, string][] = [
      [`st.progress(101)`, "st.progress: `value` should be a whole number from 0 to 100, or a fraction from 0.0 to 1.0, not 101."],
      [`st.progress(1.5)`, "st.progress: `value` should be a fraction from 0.0 to 1.0, or a whole number from 0 to 100, not 1.5."],
      [`st.progress("50" as never)`, "st.progress: `value` should be a number, not \"50\"."],
      [`st.progress(50, 3 as never)`, "st.progress: `text` should be a string, not 3."],
    ];
    for (const [call, message] of cases) {
      const at = await AppTest.fromString(`import * as st from "rivulet";\n${call};`).run();
      expect(at.exception[0]?.value, call).toBe(message);
    }
  });
});

describe("st.spinner", () => {
  it("spins while its work runs, returns the work's result, and is gone after, also when the work throws", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const total = await st.spinner("Adding up…", async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        return 42;
      });
      const quick = st.spinner("Quick", () => "sync", { showTime: true });
      st.text(\`\${total} \${quick}\`);
      try {
        st.spinner("Failing", () => { throw new Error("boom"); });
      } catch (error) {
        st.text("caught " + (error as Error).message);
      }
    `).run();
    expect(at.text.map((t) => t.value)).toEqual(["42 sync", "caught boom"]);
    expect(at.get("spinner")).toEqual([]);
    expect(at.exception).toEqual([]);
  });
});

describe("st.toast, st.balloons, st.snow", () => {
  it("a toast has its body, icon and seconds; each run writes it anew, and its handle changes it", async () => {
    const at = await AppTest.fromString(`
      import * as st from "rivulet";
      const note = st.toast("Saving…", { icon: "💾", duration: "infinite" });
      note.toast("Saved", { duration: 3 });
      st.toast("Long one", { duration: "long" });
      st.button("again");
    `).run();
    expect(at.toast.map((t) => [t.value, t.icon, t.seconds])).toEqual([
      ["Saved", undefined, 3],
      ["Long one", undefined, 10],
    ]);
    const first = at.toast[0]!.runNumber;
    await at.button[0]!.click().run();
    expect(at.toast[0]!.runNumber).not.toBe(first);
  });

  it("refuses a blank toast and a bad duration, and tells a sidebar toast it cannot be", async () => {
    let at = await AppTest.fromString(`import * as st from "rivulet";\nst.toast("");`).run();
    expect(at.exception[0]!.value).toBe("st.toast: `body` should be a message that is not blank, not \"\".");
    at = await AppTest.fromString(`import * as st from "rivulet";\nst.toast("x", { duration: -1 });`).run();
    expect(at.exception[0]!.value).toBe("st.toast: `duration` should be \"short\", \"long\", \"infinite\" or a positive number of seconds, not -1.");
    at = await AppTest.fromString(`import * as st from "rivulet";\nst.sidebar.toast("x");`).run();
    expect(at.error[0]!.value).toMatch(/^Streamlit API Error: `st.toast` cannot be called directly on the sidebar/);
  });

  it("balloons and snow are listed apart", async () => {
    const at = await AppTest.fromString(`import * as st from "rivulet";\nst.balloons();\nst.snow();\nst.snow();`).run();
    expect([at.balloons.length, at.snow.length]).toEqual([1, 2]);
  });
});
