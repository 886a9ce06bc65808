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
  await probe("delete-after-render-then-interact", `st.checkbox("c", { key: "c" }); if (st.button("reset")) delete st.sessionState.c; st.text(String(st.sessionState.c));`, async (at) => {
    await at.button[0]!.click().run();
    await at.checkbox[0]!.check().run();
  });
  await probe("frag-outside-widget-keeps-after-frag-rerun", `const s = st.slider("outer"); st.fragment(() => { st.button("in"); st.text("outer is " + s); })();`, async (at) => {
    await at.slider[0]!.setValue(7).run();
    await at.button[0]!.click().run();
    await at.run();
  });
  await probe("frag-stop", `st.text("top"); st.fragment(() => { st.text("a"); if (st.button("stop")) st.stop(); st.text("b"); })(); st.text("bottom");`, async (at) => { await at.button[0]!.click().run(); });
  await probe("frag-exc-rerun", `st.text("top"); st.fragment(() => { st.text("a"); if (st.button("boom")) throw new Error("x"); st.text("b"); })(); st.text("bottom");`, async (at) => { await at.button[0]!.click().run(); });
  await probe("frag-rerun-fragment-in-full-run", `st.fragment(() => { st.text("a"); if (st.checkbox("go")) st.rerun({ scope: "fragment" }); })(); st.text("bottom");`, async (at) => { at.sessionState.x = 1; await at.checkbox[0]!.check().run(); await at.run(); });
  await probe("frag-app-rerun-from-frag", `st.sessionState.app = (st.sessionState.app ?? 0) + 1; st.fragment(() => { if (st.button("full")) st.rerun(); })(); st.text("app " + st.sessionState.app);`, async (at) => { await at.button[0]!.click().run(); });
  await probe("frag-twice-args", `const f = st.fragment((name: string) => { if (st.button("b " + name)) st.sessionState.last = name; st.text(name + " sees " + (st.sessionState.last ?? "-")); }); f("one"); f("two");`, async (at) => { await at.button[1]!.click().run(); });
  await probe("frag-outside-accumulate", `const box = st.container(); st.fragment(() => { st.button("in"); box.text("from fragment"); })();`, async (at) => { await at.button[0]!.click().run(); await at.button[0]!.click().run(); });
  await probe("frag-widget-unrendered-drop", `st.fragment(() => { if (st.checkbox("show")) st.slider("s"); })(); st.slider("outer");`, async (at) => {
    await at.checkbox[0]!.check().run(); await at.slider[0]!.setValue(9).run(); await at.checkbox[0]!.uncheck().run(); await at.checkbox[0]!.check().run();
  });
  await probe("callbacks-see-all", `st.sessionState.log ??= []; const cb = (w: string) => st.sessionState.log.push(w + ":" + st.sessionState.a + "," + st.sessionState.b); st.checkbox("a", { key: "a", onChange: cb, args: ["a"] }); st.slider("b", { key: "b", onChange: cb, args: ["b"] }); st.text(st.sessionState.log.join(" "));`, async (at) => { at.checkbox[0]!.check(); await at.slider[0]!.setValue(4).run(); });
  await probe("rerun-trigger-lifetime", `st.sessionState.seen ??= []; const b = st.button("b", { onClick: () => st.sessionState.seen.push("cb") }); st.sessionState.seen.push(String(b)); if (b) st.rerun(); st.text(st.sessionState.seen.join(","));`, async (at) => { await at.button[0]!.click().run(); });
  await probe("empty-clears", `const e = st.empty(); if (st.checkbox("fill")) e.text("filled"); st.text("after");`, async (at) => { await at.checkbox[0]!.check().run(); await at.checkbox[0]!.uncheck().run(); });
  await probe("empty-container", `const e = st.empty(); const c = e.container(); c.text("1"); c.text("2"); e.text("replaced");`);
  await probe("columns-bad", `for (const spec of [0, -1, [], [1, 0], [1, -2]] as any[]) { try { st.columns(spec); st.text("ok"); } catch (e: any) { st.text(e.name + ": " + e.message); } }`);
  await probe("keys-in-ss", `st.checkbox("u"); st.checkbox("k", { key: "k" }); st.text(Object.keys(st.sessionState).join(","));`);
  await probe("in-before", `st.text(String("k" in st.sessionState)); st.checkbox("k", { key: "k" }); st.text(String("k" in st.sessionState));`);
  await probe("write-error", `st.write("a", new RangeError("x"), "b", [1, 2], new Map([["k", 1]]));`);
  await probe("text-number", `st.header(42); st.text(3.5); st.title(true);`);
  await probe("set-in-callback", `st.button("max", { onClick: () => { st.sessionState.lvl = 10; } }); st.text(String(st.slider("lvl", { key: "lvl", maxValue: 10 })));`, async (at) => { await at.button[0]!.click().run(); });
  await probe("set-before-widget-later-run", `if (st.checkbox("bump")) st.sessionState.lvl = 3; st.text(String(st.slider("lvl", { key: "lvl", maxValue: 10 })));`, async (at) => { await at.slider[0]!.setValue(8).run(); await at.checkbox[0]!.check().run(); });
  await probe("delete-in-callback", `st.button("reset", { onClick: () => { delete st.sessionState.lvl; } }); st.text(String(st.slider("lvl", { key: "lvl", maxValue: 10, value: 2 })));`, async (at) => { await at.slider[0]!.setValue(8).run(); await at.button[0]!.click().run(); });
  await probe("rerun-scope-in-callback", `st.button("go", { onClick: () => { st.rerun({ scope: "bogus" as any }); } }); st.text("x");`, async (at) => { await at.button[0]!.click().run(); });
  await probe("fragment-exc-in-full", `st.text("before"); st.fragment(() => { throw new Error("boom"); })(); st.text("after");`);
  await probe("disabled-help", `st.button("b", { disabled: true, help: "tip" }); st.checkbox("c", { help: "h2" });`, async (at) => { console.log(at.button[0]!.disabled, at.button[0]!.help, at.checkbox[0]!.disabled, at.checkbox[0]!.help); });
});
