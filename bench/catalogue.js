// The element catalogue's figures, for a 1,000-element app (bench/catalogue-app.ts: 500 widgets
// of the catalogue's kinds, 500 text elements):
// - server side: a full rerun after one widget change (a Session fed the page's messages, as a
//   socket would), its time and the bytes it sends;
// - in headless Chromium against the built app: click on a toggle → the DOM shows the rerun's
//   text, timed inside the page;
// - the page's JavaScript on first load, gzipped, and the lazy chunks apart.
import { readFile, readdir } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { loadScript } from "rivulet/node";
import { Session } from "@rivulet/runtime";
import { withChromium } from "./browser.js";
import { serveBenchApp } from "./server/serve.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const appPath = path.join(here, "catalogue-app.ts");
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// --- Server side ---------------------------------------------------------------------------
async function serverSide() {
  const loaded = await loadScript(await readFile(appPath, "utf8"), "catalogue-app.ts");
  const toggles = [];
  let elements = 0;
  let bytes = 0;
  const session = new Session({
    script: loaded.script,
    sendData: () => {},
    send: (message) => {
      bytes += JSON.stringify(message).length;
      if (message.type !== "patch") return;
      for (const op of message.ops) {
        if (!op.node) continue;
        elements++;
        if (op.node.kind === "toggle") toggles.push(op.node.id);
      }
    },
  });
  session.start();
  await session.idle();
  const firstBytes = bytes;
  const written = elements;
  const times = [];
  const sizes = [];
  for (let i = 0; i < 600; i++) {
    const raw = JSON.stringify({ type: "setValue", id: toggles[i % toggles.length], value: i % 100 < 50 });
    bytes = 0;
    const start = performance.now();
    session.receive(raw);
    await session.idle();
    if (i >= 100) {
      times.push(performance.now() - start);
      sizes.push(bytes);
    }
  }
  console.log(`catalogue app: ${written} elements written by the first run (${firstBytes} bytes)`);
  console.log(`  server side, full rerun after one toggle: median ${median(times).toFixed(3)} ms, p95 ${[...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)].toFixed(3)} ms   goal <= 1 ms`);
  console.log(`  bytes on the wire per change: median ${median(sizes)} B   goal <= 1024 B`);
}

// --- Click → DOM in the browser -------------------------------------------------------------
async function clickToDom() {
  const served = await serveBenchApp({ app: appPath });
  try {
    await withChromium(async (context) => {
      const page = await context.newPage();
      await page.goto(served.server.url);
      await page.getByText("toggles on: 0", { exact: true }).waitFor();
      // Timed in the page: from the click to the mutation that shows the rerun's count.
      const times = [];
      for (let i = 0; i < 60; i++) {
        const index = i % 25;
        const ms = await page.evaluate(async (index) => {
          const label = [...document.querySelectorAll('[data-kind="toggle"] label')].find((el) => el.textContent.trim() === `toggle ${index}`);
          const status = [...document.querySelectorAll('[data-kind="text"]')].find((el) => el.textContent.startsWith("toggles on:"));
          const before = status.textContent;
          const start = performance.now();
          const done = new Promise((resolve) => {
            const observer = new MutationObserver(() => {
              if (status.textContent !== before) {
                observer.disconnect();
                resolve(performance.now() - start);
              }
            });
            observer.observe(status, { subtree: true, childList: true, characterData: true });
          });
          label.click();
          return done;
        }, index);
        if (i >= 10) times.push(ms);
      }
      console.log(`  click → DOM in headless Chromium (production server): median ${median(times).toFixed(1)} ms over ${times.length} clicks   goal <= 16 ms`);
    });
  } finally {
    await served.close();
  }
}

// --- First-load JavaScript --------------------------------------------------------------------
async function firstLoad() {
  const dist = path.join(here, "../packages/ui/dist");
  const html = await readFile(path.join(dist, "index.html"), "utf8");
  const first = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
  const gz = async (file) => gzipSync(await readFile(path.join(dist, file))).length;
  let total = 0;
  const parts = [];
  for (const file of first) {
    const size = await gz(file);
    total += size;
    parts.push(`${path.basename(file)} ${(size / 1024).toFixed(1)} KB`);
  }
  console.log(`  first-load JS, gzipped: ${(total / 1024).toFixed(1)} KB (${parts.join(", ")})   goal <= 120 KB`);
  const lazy = [];
  for (const file of await readdir(path.join(dist, "assets"))) {
    if (!file.endsWith(".js") || first.includes(`assets/${file}`)) continue;
    lazy.push([file.replace(/-[\w-]{8}\.js$/, ""), await gz(`assets/${file}`)]);
  }
  lazy.sort((a, b) => b[1] - a[1]);
  console.log(`  lazy chunks, gzipped: ${lazy.map(([name, size]) => `${name} ${(size / 1024).toFixed(1)} KB`).join(", ")}`);
}

await serverSide();
await clickToDom();
await firstLoad();
