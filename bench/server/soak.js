// A soak (10 minutes, BENCH_SOAK_MINUTES to change it): pages keep opening, clicking and going,
// 100 at a time, from a process of their own; the server's memory after a forced GC is read
// every minute and must stay flat once dropped sessions start expiring (after 2 minutes).
import { memoryAfterGc, runClient, serveBenchApp } from "./serve.js";

const minutes = Number(process.env.BENCH_SOAK_MINUTES ?? 10);
const bench = await serveBenchApp();
try {
  const samples = [];
  const sampler = setInterval(async () => samples.push(await memoryAfterGc(bench.server)), 60_000);
  const result = await runClient("soak-client.js", { url: bench.socketUrl, minutes, concurrent: 100, clicks: 5 });
  clearInterval(sampler);
  samples.push(await memoryAfterGc(bench.server));
  const show = (s) => `${(s.mainHeapMB + s.threadsHeapMB).toFixed(1)} MB/${s.sessions}`;
  console.log(`soak: ${minutes} min, ${result.opened} pages opened, clicked 5 times and gone; ${result.wrong} counted wrong, ${result.failed} failed`);
  console.log(`soak: heap after GC (main + threads) / sessions held, each minute: ${samples.map(show).join(", ")}`);
  // Dropped sessions are kept 120 s: from minute 3 on, sessions held and memory are steady.
  const warm = samples[Math.min(2, samples.length - 1)];
  const last = samples.at(-1);
  const drift = (last.mainHeapMB + last.threadsHeapMB) / (warm.mainHeapMB + warm.threadsHeapMB);
  console.log(`soak: heap at the end / at minute 3: ${drift.toFixed(2)}x, RSS ${warm.rssMB.toFixed(0)} -> ${last.rssMB.toFixed(0)} MB   goal: flat (<= 1.10x)`);
} finally {
  await bench.close();
}
