// The compiler's speed on generated scripts of 2k, 20k and 200k lines of ordinary app code
// (widgets, text, conditions, helpers, session state, a form, a fragment): compile() warm, in
// lines per second; a file of widgets that all share one key (each a candidate duplicate of
// every other: a check that compares pairs shows here); and `rivulet check`'s start-up on a
// one-line file. Issue 9's goal: ≥ 30k lines/s warm, and the same rate at every size.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { compile } from "@rivulet/compiler";

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** About `lines` lines of app code, in blocks of 20 that use everything a real app does. */
function generateScript(lines) {
  const out = ['import * as st from "rivulet";', "st.sessionState.count ??= 0;"];
  for (let i = 0; out.length < lines; i++) {
    out.push(
      `// Section ${i}`,
      `st.header("Section ${i}");`,
      `const name${i} = st.textInput("Name ${i}", { value: "n${i}" });`,
      `const level${i} = st.slider("Level ${i}", { minValue: 0, maxValue: 10, value: ${i % 10} });`,
      `if (level${i} > 5) {`,
      `  st.warning("High level: " + level${i});`,
      `} else {`,
      `  st.text("Level " + level${i} + " for " + name${i});`,
      `}`,
      `function total${i}(values: number[]): number {`,
      `  let sum = 0;`,
      `  for (const v of values) sum += v * ${i % 7};`,
      `  return sum;`,
      `}`,
      `st.write(\`Total: \${total${i}([1, 2, 3])}\`);`,
      `if (st.button("Add ${i}")) st.sessionState.count += 1;`,
      `const form${i} = st.form("form ${i}");`,
      `form${i}.checkbox("Agree ${i}");`,
      `form${i}.formSubmitButton("Send ${i}");`,
      `st.fragment(() => st.caption("fragment ${i}"))();`,
    );
  }
  return out.join("\n") + "\n";
}

function compilerSpeed() {
  const rates = [];
  for (const lines of [2_000, 20_000, 200_000]) {
    const source = generateScript(lines);
    const count = source.split("\n").length - 1;
    compile(source, { filename: `gen-${lines}.ts` }); // warm-up
    const runs = lines >= 200_000 ? 3 : lines >= 20_000 ? 5 : 15;
    const times = [];
    let diagnostics = 0;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      diagnostics = compile(source, { filename: `gen-${lines}.ts` }).diagnostics.length;
      times.push(performance.now() - start);
    }
    const ms = median(times);
    rates.push(count / ms);
    console.log(
      `compiler: ${count.toLocaleString("en-US")} lines (${(source.length / 1e6).toFixed(1)} MB) in ${ms.toFixed(0)} ms warm: ${Math.round((count / ms) * 1000).toLocaleString("en-US")} lines/s (${diagnostics} diagnostics)   goal >= 30,000 lines/s`,
    );
  }
  // Linear time keeps the rate: 1.00 is linear, below it the big file is slower per line.
  console.log(`compiler: rate at 200k lines / rate at 2k lines: ${(rates[2] / rates[0]).toFixed(2)}   (1.00 = linear)`);
}

/** Widgets sharing one key (a third behind a condition): every pair is a candidate duplicate. */
function sharedKeys() {
  for (const count of [4_000, 40_000]) {
    const body = Array.from({ length: count }, (_, i) => (i % 3 === 0 ? `if (Math.random() > 0.5) st.checkbox("c${i}", { key: "same" });` : `st.checkbox("c${i}", { key: "same" });`));
    const source = `import * as st from "rivulet";\n${body.join("\n")}\n`;
    compile(source, { filename: "keys.ts" });
    const start = performance.now();
    const { diagnostics } = compile(source, { filename: "keys.ts" });
    const ms = performance.now() - start;
    console.log(`compiler: ${count.toLocaleString("en-US")} widgets sharing one key in ${ms.toFixed(0)} ms warm (${diagnostics.length.toLocaleString("en-US")} duplicate_widget_key): ${Math.round((count / ms) * 1000).toLocaleString("en-US")} lines/s`);
  }
}

function checkStartup() {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-check-"));
  const file = path.join(dir, "app.ts");
  writeFileSync(file, 'import * as st from "rivulet";\nst.text("x");\n');
  const bin = fileURLToPath(new URL("../packages/rivulet/bin/rivulet.js", import.meta.url));
  const times = [];
  for (let i = 0; i < 7; i++) {
    const start = performance.now();
    spawnSync(process.execPath, [bin, "check", file]);
    times.push(performance.now() - start);
  }
  rmSync(dir, { recursive: true, force: true });
  console.log(`rivulet check start-up (one small file, whole process): median ${median(times).toFixed(0)} ms`);
}

compilerSpeed();
sharedKeys();
checkStartup();
