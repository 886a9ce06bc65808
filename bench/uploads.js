// Upload figures (issue 11): the server's memory while a 50 MB file is uploaded and after the
// script has it, against the file's size; a 1 GB upload over the 200 MB limit is refused at once,
// and the server's memory does not grow. Measured on the built app's production server.
import { WebSocket } from "ws";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { request } from "node:http";
import { memoryAfterGc, serveBenchApp } from "./server/serve.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const MB = 1024 * 1024;

/** A session of the app: its token from the socket's welcome, and its uploader's id from the first patch. */
async function openSession(served) {
  const ws = new WebSocket(served.socketUrl, ["rivulet"], { headers: { Origin: served.server.url.replace(/\/$/, "") } });
  const state = { token: null, uploader: null, texts: [] };
  ws.on("message", (data, isBinary) => {
    if (isBinary) return;
    const m = JSON.parse(data.toString());
    if (m.type === "welcome") state.token = m.token;
    if (m.type === "patch") for (const op of m.ops) {
      if (op.node?.kind === "fileUploader") state.uploader = op.node.id;
      if (op.node?.kind === "text") state.texts.push(op.node.body);
    }
  });
  while (state.token === null || state.uploader === null) await new Promise((r) => setTimeout(r, 20));
  return { ws, state };
}

function post(url, headers, write) {
  return new Promise((resolve) => {
    const req = request(url, { method: "POST", headers }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode, body }));
    });
    req.on("error", (error) => resolve({ status: -1, body: String(error) }));
    write(req);
  });
}

const served = await serveBenchApp({ app: path.join(here, "uploads-app.ts") });
try {
  const { ws, state } = await openSession(served);
  const uploadUrl = `${served.server.url}_rivulet/upload/${state.token}`;
  const before = await memoryAfterGc(served.server);
  const file = Buffer.alloc(50 * MB, 7);
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const start = performance.now();
  const answer = await post(uploadUrl, { "X-Rivulet-File-Name": "big.bin", "Content-Length": String(file.length) }, (req) => {
    for (let at = 0; at < file.length; at += 64 * 1024) req.write(file.subarray(at, at + 64 * 1024));
    req.end();
  });
  const took = performance.now() - start;
  const named = JSON.parse(answer.body);
  ws.send(JSON.stringify({ type: "setValue", id: state.uploader, value: [named] }));
  while (!state.texts.includes(`got ${50 * MB}`)) await new Promise((r) => setTimeout(r, 20));
  clearInterval(sampler);
  const after = await memoryAfterGc(served.server);
  const external = async () => (await served.server.pool.memory({ gc: true })).reduce((n, t) => n + t.external, 0) / MB;
  // The client's own 50 MB buffer is in this process too: the server's share is what is above it.
  const rssGrowth = (peak - before.rssMB * 1e6) / MB - 50;
  console.log(`upload of 50 MB: ${took.toFixed(0)} ms; the script has it: its session thread holds ${(await external()).toFixed(1)} MB of buffers, the main thread's heap grew ${(after.mainHeapMB - before.mainHeapMB).toFixed(1)} MB (the bytes moved to the thread)`);
  console.log(`  peak RSS growth of this process beyond the client's own 50 MB buffer: ${rssGrowth.toFixed(0)} MB = ${(rssGrowth / 50).toFixed(2)}× the file   goal <= 2×`);

  const beforeHuge = await memoryAfterGc(served.server);
  const huge = await post(uploadUrl, { "X-Rivulet-File-Name": "huge.bin", "Content-Length": String(1024 * MB) }, (req) => {
    req.write(Buffer.alloc(64 * 1024));
    setTimeout(() => req.destroy(), 200);
  });
  const afterHuge = await memoryAfterGc(served.server);
  console.log(`upload of 1 GB (over the 200 MB limit): status ${huge.status}, ${JSON.parse(huge.body || "{}").error ?? huge.body}; main-thread heap growth ${(afterHuge.mainHeapMB - beforeHuge.mainHeapMB).toFixed(1)} MB, RSS ${(afterHuge.rssMB - beforeHuge.rssMB).toFixed(1)} MB`);
  ws.close();
} finally {
  await served.close();
}
