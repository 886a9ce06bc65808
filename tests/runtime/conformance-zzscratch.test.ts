import { it } from "vitest";
import { AppTest } from "rivulet/testing";

const probe = async (name: string, src: string, steps: (at: AppTest) => Promise<void> = async () => {}) => {
  try {
    const at = await AppTest.fromString(`import * as st from "rivulet";\n` + src).run();
    await steps(at);
    const kids = (b: any): any => b.children.map((c: any) => ("block" in c && !("kind" in c && c.kind !== "block") && c.node?.kind === "block" ? { [c.block]: kids(c) } : `${c.kind}:${JSON.stringify(c.value)}`));
    console.log(name, JSON.stringify({ main: kids(at.main), side: kids(at.sidebar), outcomes: at.outcomes, exc: at.exception.map((e) => e.message), errors: at.errors }));
  } catch (e) {
    console.log(name, "THREW", String(e));
  }
};

it("probes", async () => {
  await probe("slider-out-of-range-default", `st.text(String(st.slider("x", { minValue: 10, maxValue: 100, value: 0 })));`);
  await probe("slider-min-gt-max", `st.text(String(st.slider("x", { minValue: 101, maxValue: 100, value: 101 })));`);
  await probe("slider-min-eq-max", `st.text(String(st.slider("x", { minValue: 10, maxValue: 10 })));`);
  await probe("slider-ss-out-of-range", `st.sessionState.s = 10; st.text(String(st.slider("s", { minValue: 1, maxValue: 5, key: "s" })));`);
  await probe("slider-params-change", `const m = st.checkbox("small") ? 50 : 100; st.text(String(st.slider("x", { maxValue: m })));`, async (at) => {
    await at.slider[0]!.setValue(80).run();
    await at.checkbox[0]!.check().run();
  });
  await probe("button-ss-preset", `st.sessionState.b = true; st.text(String(st.button("b", { key: "b" })));`);
  await probe("write-number", `st.write("1 + 1 =", 2); st.write(true); st.write(null); st.write(undefined);`);
  await probe("rerun-in-callback-aborts", `st.button("go", { onClick: () => { st.sessionState.a = 1; st.rerun(); st.sessionState.b = 2; } }); st.text(String(st.sessionState.a) + String(st.sessionState.b));`, async (at) => { await at.button[0]!.click().run(); });
  await probe("callback-unchanged-value", `st.sessionState.n ??= 0; st.checkbox("c", { value: true, onChange: () => { st.sessionState.n += 1; } }); st.text(String(st.sessionState.n));`, async (at) => { await at.checkbox[0]!.check().run(); });
  await probe("fragment-widget-outside", `const side = st.container(); st.fragment(() => { side.button("x"); })(); st.text("after");`);
  await probe("fragment-widget-sidebar", `st.fragment(() => { st.sidebar.button("x"); })(); st.text("after");`);
  await probe("fragment-exception-full-run", `st.text("before"); st.fragment(() => { st.text("in"); throw new Error("boom"); })(); st.text("after");`);
  await probe("stop-keeps-unseen-widget-state", `st.text(String(st.sessionState.name ?? "none")); if (st.checkbox("stop")) st.stop(); st.textInput("name", { key: "name" });`, async (at) => {
    await at.textInput[0]!.input("Ada").run();
    await at.checkbox[0]!.check().run();
    await at.run();
  });
  await probe("empty-write-multi", `const e = st.empty(); e.write("a", 1);`);
  await probe("textinput-none", `const v = st.textInput("t", { value: null }); st.text(String(v));`);
  await probe("dup-key-msg", `st.checkbox("a", { key: "k" }); st.slider("b", { key: "k" });`);
  await probe("ss-missing", `st.text(String(st.sessionState.nope));`);
  await probe("callback-writes", `st.button("go", { onClick: () => st.text("from callback") }); st.text("script");`, async (at) => { await at.button[0]!.click().run(); });
});
