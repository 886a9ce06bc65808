// One page clicks ten times a second while another sends a 100 MB value: the first page's click
// → patch times before, while and after it. Prints one JSON line.
import WebSocket from "ws";

const { url, megabytes } = JSON.parse(process.argv[2]);
const COUNT = /"kind":"text","body":"n (\d+)"/;

function open() {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, ["rivulet"], { maxPayload: 2 ** 31 });
    const ids = {};
    socket.on("message", function first(data) {
      for (const match of data.toString().matchAll(/"id":"([^"]+)","label":"([^"]+)"/g)) ids[match[2]] = match[1];
      if (ids.click && ids.note) {
        socket.off("message", first);
        resolve({ socket, ids });
      }
    });
    socket.on("error", reject);
  });
}

const clicker = await open();
const latencies = { before: [], during: [], after: [] };
let phase = "before";
let sentAt = 0;
let expected = 0;
clicker.socket.on("message", (data) => {
  const match = COUNT.exec(data.toString());
  if (match !== null && Number(match[1]) === expected) latencies[phase].push(performance.now() - sentAt);
});
const click = () => {
  expected++;
  sentAt = performance.now();
  clicker.socket.send(`{"type":"trigger","id":"${clicker.ids.click}"}`);
};
const timer = setInterval(click, 100);
await new Promise((resolve) => setTimeout(resolve, 2000));

const sender = await open();
const value = "x".repeat(megabytes * 1024 * 1024);
phase = "during";
const outcome = await new Promise((resolve) => {
  const started = performance.now();
  sender.socket.on("close", (code) => resolve({ closed: code, ms: performance.now() - started }));
  sender.socket.on("message", (data) => {
    const text = data.toString();
    if (text.includes('"type":"error"')) resolve({ error: JSON.parse(text).message, ms: performance.now() - started });
    else if (/"body":"note \d+"/.test(text) && !text.includes('"body":"note 0"')) resolve({ accepted: true, ms: performance.now() - started });
  });
  sender.socket.send(JSON.stringify({ type: "setValue", id: sender.ids.note, value }));
});
await new Promise((resolve) => setTimeout(resolve, 1000));
phase = "after";
await new Promise((resolve) => setTimeout(resolve, 2000));
clearInterval(timer);
sender.socket.terminate();
clicker.socket.close(4001);
const stats = (xs) => ({ n: xs.length, median: [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN, max: Math.max(...xs) });
process.stdout.write(`${JSON.stringify({ outcome, before: stats(latencies.before), during: stats(latencies.during), after: stats(latencies.after) })}\n`);
process.exit(0);
