// The soak's pages, in a process of their own: for `minutes`, `concurrent` pages at a time each
// open a session, click `clicks` times ten times a second, check every click was counted, and
// go: half say they are gone (close code 4001, as a closed tab), half just drop their socket
// (kept by the server for its return, until it expires). Prints one JSON line at the end.
import WebSocket from "ws";

const { url, minutes, concurrent, clicks } = JSON.parse(process.argv[2]);
const COUNT = /"kind":"text","body":"n (\d+)"/;

let opened = 0;
let wrong = 0;
let failed = 0;

function page(index) {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, ["rivulet"]);
    let button = null;
    let sent = 0;
    let seen = 0;
    const done = (ok) => {
      if (!ok) failed++;
      if (index % 2 === 0) socket.close(4001);
      else socket.terminate();
      resolve();
    };
    const giveUp = setTimeout(() => done(false), 30_000);
    socket.on("message", (data) => {
      const text = data.toString();
      if (button === null) {
        const match = /"kind":"button","id":"([^"]+)"/.exec(text);
        if (match === null) return;
        button = match[1];
        const timer = setInterval(() => {
          socket.send(`{"type":"trigger","id":"${button}"}`);
          if (++sent === clicks) clearInterval(timer);
        }, 100);
        return;
      }
      const match = COUNT.exec(text);
      if (match !== null) seen = Number(match[1]);
      if (sent === clicks && seen >= clicks) {
        if (seen !== clicks) wrong++;
        clearTimeout(giveUp);
        done(true);
      }
    });
    socket.on("error", () => {});
    socket.on("close", () => {
      clearTimeout(giveUp);
      resolve();
    });
  });
}

const stopAt = performance.now() + minutes * 60_000;
async function lane(lane) {
  while (performance.now() < stopAt) {
    await page(opened++ * 2 + lane);
  }
}
await Promise.all(Array.from({ length: concurrent }, (_, lane) => lane % 2).map((l) => lane(l)));
process.stdout.write(`${JSON.stringify({ opened, wrong, failed })}\n`);
process.exit(0);
