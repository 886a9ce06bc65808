// Apps of many modules (issue 10): what a library module's function costs over the entry's own
// (it takes the run's handle when it is entered, `$rtOf()`), for a helper called 1,000,000 times in
// a run, with and without an st call in it; and how long an app of 40 modules (an entry, 30
// helpers, 9 page files) takes to load through the module hooks, the first time (the hooks
// register and load the compiler) and in a second session (Node has the modules). The scripts
// time themselves (performance.now() around their loop) and print it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { AppTest } from "rivulet/testing";

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const dir = mkdtempSync(path.join(tmpdir(), "rivulet-bench-modules-"));
const write = (name, text) => {
  mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  writeFileSync(path.join(dir, name), text);
};

const CALLS = 1_000_000;
const helpers = `import * as st from "rivulet";
export function plain(i: number): number { return i * 2; }
export function writes(i: number): void { if (i < 0) st.text("never"); }
`;
const timed = (from) => `import * as st from "rivulet";
${from === "entry" ? helpers.replace('import * as st from "rivulet";\n', "").replaceAll("export ", "") : 'import { plain, writes } from "./helpers.ts";'}
let sum = 0;
const start = performance.now();
for (let i = 0; i < ${CALLS}; i++) { sum += plain(i); writes(i); }
st.text(String(((performance.now() - start) * 1000) / ${CALLS}));
`;
write("helpers.ts", helpers);
write("entry.ts", timed("entry"));
write("library.ts", timed("library"));

// An app of 40 modules, loaded first: the first load registers the hooks.
const HELPERS = 30;
const PAGES = 9;
for (let h = 0; h < HELPERS; h++) {
  write(`lib/h${h}.ts`, `import * as st from "rivulet";\n${h > 0 ? `import { part${h - 1} } from "./h${h - 1}.ts";\n` : ""}export function part${h}(): void {\n  st.text("part ${h}");\n  ${h > 0 ? `part${h - 1}();` : ""}\n}\n`);
}
for (let p = 0; p < PAGES; p++) write(`app/pages/${p + 1}_page${p}.ts`, `import * as st from "rivulet";\nimport { part${HELPERS - 1} } from "../../lib/h${HELPERS - 1}.ts";\nst.title("Page ${p}");\npart${HELPERS - 1}();\n`);
write("app/main.ts", `import * as st from "rivulet";\nst.title("Main");\n`);
const load = async () => {
  const start = performance.now();
  const at = await AppTest.fromFile(path.join(dir, "app/main.ts"), { verifyPage: false }).run();
  const ms = performance.now() - start;
  if (at.exception.length > 0 || at.navigation.length !== PAGES + 1) throw new Error(`the app of 40 modules did not load: ${at.exception[0]?.value}`);
  return ms;
};
const first = await load();
const second = await load();
console.log(`modules: an app of ${1 + HELPERS + PAGES} modules loads and runs in ${first.toFixed(0)} ms the first time (hooks, compiler), ${second.toFixed(0)} ms in a second session`);
async function perCall(file) {
  const at = AppTest.fromFile(path.join(dir, file), { verifyPage: false });
  const figures = [];
  for (let i = 0; i < 9; i++) {
    await at.run();
    if (at.exception.length > 0) throw new Error(at.exception[0].value);
    figures.push(Number(at.text.at(-1).value));
  }
  return median(figures.slice(1));
}
const inEntry = await perCall("entry.ts");
const inLibrary = await perCall("library.ts");
console.log(
  `modules: a helper pair called ${CALLS.toLocaleString("en-US")} times: ${(inEntry * 1000).toFixed(1)} ns per call in the entry, ` +
    `${(inLibrary * 1000).toFixed(1)} ns in a library module   ratio ${(inLibrary / inEntry).toFixed(2)}`,
);

rmSync(dir, { recursive: true, force: true });
