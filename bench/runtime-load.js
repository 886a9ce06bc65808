// What a session thread pays to load the runtime before an app's first run, in a fresh Node
// process each time (as a new thread evaluates it): the st API alone (an app without data), and
// with the data support that the compiler imports into a module that may write data
// (`import "rivulet/data"`: apache-arrow). Medians of 9 runs of each, interleaved.
import { execFileSync } from "node:child_process";

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const timed = (imports) =>
  Number(
    execFileSync(process.execPath, ["--input-type=module", "-e", `const t = performance.now(); ${imports} console.log(performance.now() - t);`], {
      encoding: "utf8",
      cwd: new URL("..", import.meta.url),
    }),
  );

const alone = [];
const withData = [];
for (let i = 0; i < 9; i++) {
  alone.push(timed('await import("rivulet");'));
  withData.push(timed('await import("rivulet"); await import("rivulet/data");'));
}
const a = median(alone);
const d = median(withData);
console.log("runtime load in a fresh process (import of the st API):");
console.log(`  without data: median ${a.toFixed(1)} ms; with the data support (apache-arrow): ${d.toFixed(1)} ms; ${(d / a).toFixed(2)}x`);
