// Two faults a server must take without losing anything: a 1 s network cut (the page comes
// back to the same session), and a 100 MB value from one page (another page's clicks must not
// wait for it: it is refused by the message limit, and when a limit lets it in, its relay is timed).
import { createServer, connect } from "node:net";
import WebSocket from "ws";
import { runClient, serveBenchApp } from "./serve.js";

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A TCP proxy whose connections can all be cut for a while. */
async function cutProxy(target) {
  const open = new Set();
  let down = false;
  const server = createServer((client) => {
    if (down) return client.destroy();
    const upstream = connect(Number(target.port), target.hostname);
    for (const [a, b] of [[client, upstream], [upstream, client]]) {
      open.add(a);
      a.on("close", () => (open.delete(a), b.destroy()));
      a.on("error", () => b.destroy());
    }
    client.pipe(upstream);
    upstream.pipe(client);
  });
  await new Promise((resolve) => server.listen(0, "localhost", resolve));
  return {
    port: server.address().port,
    async cut(ms) {
      down = true;
      for (const socket of open) socket.destroy();
      await sleep(ms);
      down = false;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** A page as the UI is: it reconnects 250 ms after a drop (doubling), presenting its token. */
function resilientPage(url) {
  const page = { token: null, welcomes: [], count: 0, button: null, socket: null, sent: 0 };
  const connect = () => {
    const protocols = page.token ? ["rivulet", `rivulet-resume.${page.token}`] : ["rivulet"];
    const socket = new WebSocket(url, protocols);
    page.socket = socket;
    socket.on("message", (data) => {
      const text = data.toString();
      const message = JSON.parse(text);
      if (message.type === "welcome") {
        page.token = message.token;
        page.welcomes.push({ ...message, at: performance.now() });
      }
      page.button ??= /"kind":"button","id":"([^"]+)"/.exec(text)?.[1] ?? null;
      const count = /"kind":"text","body":"n (\d+)"/.exec(text);
      if (count !== null) page.count = Number(count[1]);
    });
    socket.on("error", () => {});
    socket.on("close", () => setTimeout(connect, 250));
  };
  connect();
  page.click = () => page.socket.send(`{"type":"trigger","id":"${page.button}"}`);
  return page;
}

async function until(condition, ms = 10_000) {
  const deadline = performance.now() + ms;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error("timed out");
    await sleep(5);
  }
}

{
  const bench = await serveBenchApp();
  const target = new URL(bench.server.url);
  const proxy = await cutProxy(target);
  try {
    const page = resilientPage(`ws://localhost:${proxy.port}/_rivulet/ws`);
    await until(() => page.button !== null);
    for (let i = 1; i <= 3; i++) {
      page.click();
      await until(() => page.count === i);
    }
    await proxy.cut(1000);
    const cutEnded = performance.now();
    await until(() => page.welcomes.length === 2);
    const back = page.welcomes[1];
    page.click();
    await until(() => page.count === 4);
    console.log(
      `faults: 1 s network cut: the page came back ${back.resumed ? "to the same session" : "to a NEW session"} ` +
        `${(back.at - cutEnded).toFixed(0)} ms after the network did, count 3 kept, next click counted 4   goal: same session -> ${back.resumed ? "met" : "NOT MET"}`,
    );
    page.socket.removeAllListeners("close");
    page.socket.close(4001);
  } finally {
    await proxy.close();
    await bench.close();
  }
}

for (const [name, limits] of [
  ["default 2 MB limit", undefined],
  ["limit raised to 128 MB", { maxMessageBytes: 128 * 1024 * 1024, maxSessionValueBytes: 256 * 1024 * 1024 }],
]) {
  const bench = await serveBenchApp(limits ? { limits } : {});
  try {
    const result = await runClient("bigvalue-client.js", { url: bench.socketUrl, megabytes: 100 });
    const fate = result.outcome.closed ? `refused (socket closed ${result.outcome.closed})` : result.outcome.error ? `refused: ${result.outcome.error}` : `taken in ${result.outcome.ms.toFixed(0)} ms`;
    const delay = result.during.max - result.before.median;
    console.log(
      `faults: 100 MB value, ${name}: ${fate}; another page's click -> patch median ${result.before.median.toFixed(1)} ms before, ` +
        `max ${result.during.max.toFixed(1)} ms while it arrived (+${delay.toFixed(1)} ms), median ${result.after.median.toFixed(1)} ms after   goal <= 20 ms of delay, or refused`,
    );
  } finally {
    await bench.close();
  }
}
