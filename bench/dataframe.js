// The dataframe figures (issue 11), for 1,000,000 rows × 10 numeric columns:
// - server side: the time st.dataframe takes to turn the data into Arrow IPC (typed columns, and
//   the same as an array of objects), and the bytes of the binary frame against the IPC's own;
// - in headless Chromium against the built app: from the frame's arrival to the grid's first
//   paint (decode and render) and from navigation to it, then frame times while scrolling;
// - a line chart of 100,000 points: from its data's arrival to the chart's first paint.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { tableFromArrays, tableToIPC } from "apache-arrow";
import { loadScript } from "rivulet/node";
import { Session } from "@rivulet/runtime";
import { withChromium } from "./browser.js";
import { serveBenchApp } from "./server/serve.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const ROWS = 1_000_000;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)];

function columns() {
  const out = {};
  for (let c = 0; c < 10; c++) {
    const values = new Float64Array(ROWS);
    for (let i = 0; i < ROWS; i++) values[i] = ((i * 2654435761 + c * 40503) % 1000003) / 1000;
    out[`c${c}`] = values;
  }
  return out;
}

/** Runs `st.dataframe(globalThis.benchData)` in a Session: the run's time and the frame's bytes. */
async function runOnce(data) {
  globalThis.benchData = data;
  const loaded = await loadScript(`import * as st from "rivulet";\nst.dataframe((globalThis as any).benchData);\n`, "dataframe-bench.ts");
  let frameBytes = 0;
  let started = 0;
  let took = 0;
  const session = new Session({
    script: loaded.script,
    sendData: (frame) => (frameBytes += frame.byteLength),
    send: (message) => {
      if (message.type === "runStarted") started = performance.now();
      if (message.type === "runFinished") took = performance.now() - started;
    },
  });
  session.start();
  await session.idle();
  session.dispose();
  return { took, frameBytes };
}

async function serverSide() {
  const data = columns();
  const ipcBytes = tableToIPC(tableFromArrays(data), "stream").byteLength;
  const typed = [];
  let frameBytes = 0;
  for (let i = 0; i < 4; i++) {
    const run = await runOnce(data);
    typed.push(run.took);
    frameBytes = run.frameBytes;
  }
  const records = Array.from({ length: ROWS }, (_, i) => {
    const row = {};
    for (const name in data) row[name] = data[name][i];
    return row;
  });
  const fromRecords = [];
  for (let i = 0; i < 2; i++) fromRecords.push((await runOnce(records)).took);
  console.log(`dataframe, ${ROWS.toLocaleString("en")} rows × 10 float64 columns:`);
  console.log(`  server: a run writing it from typed columns ${median(typed).toFixed(0)} ms (runs: ${typed.map((t) => t.toFixed(0)).join(", ")}), from an array of objects ${median(fromRecords).toFixed(0)} ms`);
  console.log(`  bytes on the wire: ${frameBytes.toLocaleString("en")} in one binary frame; Arrow IPC alone ${ipcBytes.toLocaleString("en")}: ${(frameBytes / ipcBytes).toFixed(4)}×   goal <= 1.1×`);
}

/** In the page: `window.__marks.frame`, when the first binary frame arrives. */
function markFirstFrame() {
  const marks = (window.__marks = {});
  const descriptor = Object.getOwnPropertyDescriptor(WebSocket.prototype, "onmessage");
  Object.defineProperty(WebSocket.prototype, "onmessage", {
    set(handler) {
      descriptor.set.call(this, (event) => {
        if (event.data instanceof ArrayBuffer && marks.frame === undefined) marks.frame = performance.now();
        return handler(event);
      });
    },
    get() {
      return descriptor.get.call(this);
    },
  });
}

async function inTheBrowser() {
  const served = await serveBenchApp({ app: path.join(here, "dataframe-app.ts") });
  try {
    await withChromium(async (context) => {
      const firstPaints = [];
      const frameToPaint = [];
      for (let attempt = 0; attempt < 3; attempt++) {
        const page = await context.newPage();
        // When the first binary frame arrives, and when the first cell is painted (the frame after it is in the DOM).
        await page.addInitScript(markFirstFrame);
        await page.addInitScript(() => {
          const marks = window.__marks;
          new MutationObserver((_, observer) => {
            if (document.querySelector('[role="gridcell"]')) {
              observer.disconnect();
              requestAnimationFrame(() => setTimeout(() => (marks.paint = performance.now())));
            }
          }).observe(document, { subtree: true, childList: true });
        });
        await page.goto(served.server.url);
        await page.waitForFunction(() => window.__marks.paint !== undefined, null, { timeout: 60_000 });
        const marks = await page.evaluate(() => window.__marks);
        firstPaints.push(marks.paint);
        frameToPaint.push(marks.paint - marks.frame);
        if (attempt < 2) await page.close();
        else {
          const frames = await page.evaluate(async () => {
            const scroller = document.querySelector(".scroller");
            const times = [];
            let last = performance.now();
            for (let i = 0; i < 180; i++) {
              scroller.scrollTop += i < 120 ? 700 : 40_000;
              await new Promise((resolve) => requestAnimationFrame(resolve));
              const now = performance.now();
              times.push(now - last);
              last = now;
            }
            return times;
          });
          console.log(`  browser: frame → first paint of the grid ${median(frameToPaint).toFixed(0)} ms (decode + render), navigation → first paint ${median(firstPaints).toFixed(0)} ms   goal <= 1000 ms`);
          console.log(`  scrolling: frame time median ${median(frames).toFixed(1)} ms, p95 ${p95(frames).toFixed(1)} ms (${(1000 / median(frames)).toFixed(0)} fps)   goal 60 fps`);
        }
      }
    });
  } finally {
    await served.close();
  }
}

/** The 100,000-point line chart: from its data's frame to a canvas with ink on it. */
async function chart() {
  const served = await serveBenchApp({ app: path.join(here, "chart-app.ts") });
  try {
    await withChromium(async (context) => {
      const fromFrame = [];
      const fromNavigation = [];
      for (let attempt = 0; attempt < 3; attempt++) {
        const page = await context.newPage();
        await page.addInitScript(markFirstFrame);
        await page.addInitScript(() => {
          const marks = window.__marks;
          const watch = () => {
            const canvas = document.querySelector('[data-testid="vega-lite-chart"] canvas');
            if (canvas && canvas.width > 0) {
              const { data } = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height);
              for (let i = 0; i < data.length; i += 16) if (data[i + 3] > 0 && data[i] < 200) return (marks.paint = performance.now());
            }
            requestAnimationFrame(watch);
          };
          requestAnimationFrame(watch);
        });
        await page.goto(served.server.url);
        await page.waitForFunction(() => window.__marks.paint !== undefined, null, { timeout: 60_000 });
        const marks = await page.evaluate(() => window.__marks);
        fromFrame.push(marks.paint - marks.frame);
        fromNavigation.push(marks.paint);
        await page.close();
      }
      console.log(`line chart of 100,000 points: data → first paint ${median(fromFrame).toFixed(0)} ms (runs: ${fromFrame.map((t) => t.toFixed(0)).join(", ")}), navigation → first paint ${median(fromNavigation).toFixed(0)} ms   goal <= 500 ms`);
    });
  } finally {
    await served.close();
  }
}

const only = process.argv[2];
if (only === undefined || only === "server") await serverSide();
if (only === undefined || only === "grid") await inTheBrowser();
if (only === undefined || only === "chart") await chart();
