// Per-interaction time through AppTest and bytes sent over the wire, for the three apps of the
// walking-skeleton issue. Prints figures; compares ratios measured in this one run.
import { AppTest } from "rivulet/testing";
import { loadScript } from "rivulet/node";
import { Session } from "@rivulet/runtime";

const apps = {
  // (a) Example 1 of the st.rerun page with a run counter: a click causes a run and a rerun.
  rerun: `
    import * as st from "rivulet";
    st.sessionState.runs = (st.sessionState.runs ?? 0) + 1;
    if (!("value" in st.sessionState)) st.sessionState.value = "Title";
    st.header(st.sessionState.value);
    st.text("runs: " + st.sessionState.runs);
    if (st.button("Foo")) { st.sessionState.value = "Foo"; st.rerun(); }
  `,
  // (b) 50 sliders, 50 checkboxes and 100 st.write lines; one slider change.
  widgets: `
    import * as st from "rivulet";
    let total = 0;
    for (let i = 0; i < 50; i++) total += st.slider("slider " + i, { maxValue: 100 });
    for (let i = 0; i < 50; i++) st.checkbox("checkbox " + i);
    st.write("total", total);
    for (let i = 0; i < 99; i++) st.write("line " + i);
  `,
  // (c) 200 st.text lines and a fragment with a button and a counter.
  fragment: `
    import * as st from "rivulet";
    for (let i = 0; i < 200; i++) st.text("static line " + i);
    st.fragment(() => {
      if (st.button("count")) st.sessionState.count = (st.sessionState.count ?? 0) + 1;
      st.text("count: " + (st.sessionState.count ?? 0));
    })();
    st.button("outside");
  `,
};

/**
 * Over `n` rounds after warm-up: the median time of `interact` as a whole (AppTest's round trip
 * included), the median time the session spent running the script for it, and bytes sent.
 */
async function measure(at, interact, n = 500) {
  for (let i = 0; i < 50; i++) await interact(i);
  const times = [];
  const runs = [];
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    await interact(i);
    times.push(performance.now() - start);
    runs.push(at.runTimes.reduce((a, b) => a + b, 0));
    bytes += at.bytesReceived;
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { ms: median(times), p95: times[Math.floor(n * 0.95)], run: median(runs), bytes: Math.round(bytes / n) };
}

/** The bench measures the harness as a test would use it, without the per-run page check. */
const quiet = { verifyPage: false };

const fmt = (r) =>
  `${r.ms.toFixed(3)} ms per interaction (p95 ${r.p95.toFixed(3)}), ${r.run.toFixed(3)} ms in runs, ${r.bytes} bytes on the wire`;

const a = await AppTest.fromString(apps.rerun, quiet).run();
const ra = await measure(a, () => a.button[0].click().run());
console.log(`(a) click + rerun:            ${fmt(ra)}   goal <= 0.2 ms`);

const b = await AppTest.fromString(apps.widgets, quiet).run();
const rb = await measure(b, (i) => b.slider[i % 50].setValue((i % 100) + 1).run());
console.log(`(b) one slider change:        ${fmt(rb)}   goal <= 3 ms`);

const c = await AppTest.fromString(apps.fragment, quiet).run();
const fragmentClick = await measure(c, () => c.button[0].click().run());
const fullRun = await measure(c, () => c.button[1].click().run());
console.log(`(c) fragment click:           ${fmt(fragmentClick)}   goal <= 1024 bytes`);
console.log(`    full rerun (outside btn): ${fmt(fullRun)}`);
console.log(`    fragment / full, in runs: 1/${(fullRun.run / fragmentClick.run).toFixed(1)}   goal <= 1/20`);
console.log(`    fragment / full, round trip: 1/${(fullRun.ms / fragmentClick.ms).toFixed(1)}`);

// The same interactions on the server side alone: a Session whose messages are serialized as a
// socket would send them, without AppTest's copy of the page. Run for the app of (c) and for
// the same app with 10x the static lines, to show the fragment's cost does not grow with the app.
async function serverSide(lines) {
  const loaded = await loadScript(apps.fragment.replace("i < 200", `i < ${lines}`), `bench-fragment-${lines}.ts`);
  const buttons = [];
  let bytes = 0;
  const session = new Session({
    script: loaded.script,
    sendData: () => {},
    send: (message) => {
      bytes += JSON.stringify(message).length;
      if (message.type === "patch") for (const op of message.ops) if (op.node?.kind === "button") buttons.push(op.node.id);
    },
  });
  session.start();
  await session.idle();
  const interact = async (id, n) => {
    const raw = JSON.stringify({ type: "trigger", id });
    const start = performance.now();
    bytes = 0;
    for (let i = 0; i < n; i++) {
      session.receive(raw);
      await session.idle();
    }
    return { us: ((performance.now() - start) / n) * 1000, bytes: Math.round(bytes / n) };
  };
  const [fragmentButton, outsideButton] = buttons;
  // A first pass lets the JIT settle on both paths; the second is reported.
  await interact(fragmentButton, 2000);
  await interact(outsideButton, 2000);
  const fragment = await interact(fragmentButton, 10000);
  const full = await interact(outsideButton, Math.max(500, 200000 / lines));
  console.log(
    `(c) server side, ${lines} lines: fragment ${fragment.us.toFixed(2)} µs (${fragment.bytes} B), ` +
      `full ${full.us.toFixed(2)} µs (${full.bytes} B): 1/${(full.us / fragment.us).toFixed(1)}`,
  );
}
await serverSide(200);
await serverSide(2000);
