// The load generator: many pages in one process of their own (so they do not share the
// server's cores' time accounting), each a real WebSocket session that clicks a counter button
// at a steady rate and times each click until the patch that shows it counted. It prints one
// JSON line with the results on stdout.
//
// node load-client.js '{"url":"ws://...","sessions":1000,"perSecond":10,"seconds":60}'
import WebSocket from "ws";

const { url, sessions: count, perSecond, seconds, openPerSecond = 200 } = JSON.parse(process.argv[2]);
const COUNT = /"kind":"text","body":"n (\d+)"/g;

/** One page: opens its session, then clicks `perSecond` times a second for `seconds`. */
function page(index) {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, ["rivulet"]);
    const sentAt = [];
    const latencies = [];
    let button = null;
    let seen = 0;
    let duplicates = 0;
    let clicks = 0;
    let done = false;
    let timer = null;
    /** Clicks are still being sent (or about to be): the page is not done while they are. */
    let clicking = true;
    const finish = () => {
      if (done) return;
      done = true;
      clearInterval(timer);
      socket.close(4001);
      resolve({ clicks, seen, duplicates, latencies });
    };
    socket.on("message", (data) => {
      const text = data.toString();
      if (button === null) {
        const match = /"kind":"button","id":"([^"]+)"/.exec(text);
        if (match === null) return;
        button = match[1];
        // Start at a random phase, so the clicks of all pages spread over each 100 ms.
        setTimeout(() => {
          const stopAt = performance.now() + seconds * 1000;
          timer = setInterval(() => {
            if (performance.now() >= stopAt) {
              clearInterval(timer);
              clicking = false;
              // A click still not counted after this long is lost: report it.
              setTimeout(finish, 15_000);
              if (seen >= clicks) finish();
              return;
            }
            sentAt[clicks++] = performance.now();
            socket.send(`{"type":"trigger","id":"${button}"}`);
          }, 1000 / perSecond);
        }, Math.random() * (1000 / perSecond));
        return;
      }
      for (const match of text.matchAll(COUNT)) {
        const n = Number(match[1]);
        if (n <= seen) {
          duplicates++;
          continue;
        }
        // A run may show several clicks at once (each click is its own run, but patches of
        // runs that were interrupted go out together): each counted click is timed.
        for (let k = seen; k < n; k++) latencies.push(performance.now() - sentAt[k]);
        seen = n;
      }
      if (!clicking && seen >= clicks) finish();
    });
    socket.on("close", finish);
    socket.on("error", (error) => process.stderr.write(`page ${index}: ${error.message}\n`));
  });
}

const results = [];
const started = performance.now();
for (let i = 0; i < count; i++) {
  results.push(page(i));
  // Open at a steady pace, as pages arrive, not all in one instant.
  if (i % 20 === 19) await new Promise((resolve) => setTimeout(resolve, (20 / openPerSecond) * 1000));
}
const deadline = new Promise((resolve) => setTimeout(() => resolve("timeout"), (seconds + 120) * 1000));
const pages = await Promise.race([Promise.all(results), deadline]);
if (pages === "timeout") {
  process.stdout.write(`${JSON.stringify({ error: "timed out waiting for clicks to be counted" })}\n`);
  process.exit(1);
}
const latencies = pages.flatMap((p) => p.latencies).sort((a, b) => a - b);
const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))] ?? NaN;
const summary = {
  sessions: pages.length,
  clicks: pages.reduce((n, p) => n + p.clicks, 0),
  counted: pages.reduce((n, p) => n + p.seen, 0),
  /** Pages whose count differs from their clicks: none may. */
  wrongPages: pages.filter((p) => p.seen !== p.clicks).length,
  duplicateCounts: pages.reduce((n, p) => n + p.duplicates, 0),
  p50: at(0.5),
  p95: at(0.95),
  p99: at(0.99),
  max: latencies.at(-1) ?? NaN,
  wallSeconds: (performance.now() - started) / 1000,
};
process.stdout.write(`${JSON.stringify(summary)}\n`);
process.exit(0);
