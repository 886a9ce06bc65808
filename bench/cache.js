// st.cacheData's figures (issue 10): a hit on a small argument (goal ≤ 5 µs), inside a run (the
// spinner's place written, as every call writes it) and outside one; a hit whose argument, and
// one whose value, is a 10 MB array of objects (hashing it, copying it); and the memory kept by
// `maxEntries` under 10,000 distinct keys, against the same keys with no bound. The scripts time
// themselves (performance.now() around their loop) and print it; run with --expose-gc.
import { AppTest } from "rivulet/testing";
import { cacheData } from "@rivulet/runtime/st";

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs `source` `runs` times; its last text is the figure it measured; the median of them. */
async function selfTimed(source, runs = 7) {
  const at = AppTest.fromString(source, { verifyPage: false });
  const figures = [];
  for (let i = 0; i < runs; i++) {
    await at.run();
    if (at.exception.length > 0) throw new Error(at.exception[0].value);
    figures.push(Number(at.text.at(-1).value));
  }
  return median(figures.slice(1));
}

const HITS = 20_000;
const hitInRun = (options) => `
import * as st from "rivulet";
const point = st.cacheData((n: number) => ({ n, label: "point " + n }), ${options});
point(42);
const start = performance.now();
for (let i = 0; i < ${HITS}; i++) point(42);
st.text(String(((performance.now() - start) * 1000) / ${HITS}));
`;
const defaultSpinner = await selfTimed(hitInRun("{}"), 5);
const noSpinner = await selfTimed(hitInRun("{ showSpinner: false }"));
AppTest.clearCaches();

// Outside any run (a module's top level): the key, the lookup and the copy alone.
const outside = cacheData((n) => ({ n, label: `point ${n}` }));
outside(42);
const outsideTimes = [];
for (let r = 0; r < 7; r++) {
  const start = performance.now();
  for (let i = 0; i < HITS; i++) outside(42);
  outsideTimes.push(((performance.now() - start) * 1000) / HITS);
}
console.log(
  `cache: hit on a small argument: ${noSpinner.toFixed(2)} µs in a run (showSpinner false), ${defaultSpinner.toFixed(2)} µs in a run (the spinner's place written), ` +
    `${median(outsideTimes).toFixed(2)} µs outside a run   goal <= 5 µs`,
);

// 10 MB of objects: as the argument (hashed on every call) and as the value (copied on every hit).
const bigRows = `Array.from({ length: 160_000 }, (_, i) => ({ id: i, name: "row " + i, score: i * 0.5, tags: ["a", "b"] }))`;
const bigArgument = await selfTimed(`
import * as st from "rivulet";
const rows = ${bigRows};
const count = st.cacheData((all: { id: number }[]) => all.length, { showSpinner: false });
count(rows);
const start = performance.now();
count(rows);
st.text(String(performance.now() - start));
`, 5);
const bigValue = await selfTimed(`
import * as st from "rivulet";
const load = st.cacheData(() => ${bigRows}, { showSpinner: false });
load();
const start = performance.now();
load();
st.text(String(performance.now() - start));
`, 5);
const json = JSON.stringify(Array.from({ length: 160_000 }, (_, i) => ({ id: i, name: `row ${i}`, score: i * 0.5, tags: ["a", "b"] })));
const parseStart = performance.now();
JSON.parse(json);
const parseMs = performance.now() - parseStart;
console.log(
  `cache: 10 MB array of objects (${(json.length / 1e6).toFixed(1)} MB as JSON): hit with it as the argument ${bigArgument.toFixed(1)} ms (hashing it), ` +
    `hit returning it ${bigValue.toFixed(1)} ms (a copy per caller); JSON.parse of it ${parseMs.toFixed(1)} ms for scale`,
);
AppTest.clearCaches();

// 10,000 distinct keys of ~10 KB each: bounded by maxEntries 100, and unbounded.
function heapAfterGc() {
  globalThis.gc?.();
  return process.memoryUsage().heapUsed;
}
async function heldBy(maxEntries) {
  AppTest.clearCaches();
  const before = heapAfterGc();
  const at = AppTest.fromString(`
import * as st from "rivulet";
const page = st.cacheData((n: number) => ({ n, text: "x".repeat(10_000) + n }), { showSpinner: false, maxEntries: ${maxEntries} });
for (let i = 0; i < 10_000; i++) page(i);
st.text("done");
`, { verifyPage: false });
  await at.run();
  return (heapAfterGc() - before) / 1e6;
}
const bounded = await heldBy(100);
const unbounded = await heldBy("null");
AppTest.clearCaches();
console.log(
  `cache: 10,000 distinct keys of ~10 KB: ${bounded.toFixed(1)} MB held with maxEntries 100, ${unbounded.toFixed(1)} MB with no bound (ratio ${(bounded / unbounded).toFixed(3)})` +
    (globalThis.gc === undefined ? "   (run with --expose-gc for exact figures)" : ""),
);
