// 1,000 sessions each clicking ten times a second for 60 s (BENCH_LOAD_SECONDS to change it),
// the load generator in its own process: every click must be counted exactly once, per session,
// and the click → patch time is measured.
import { memoryAfterGc, runClient, serveBenchApp } from "./serve.js";

const sessions = Number(process.env.BENCH_LOAD_SESSIONS ?? 1000);
const seconds = Number(process.env.BENCH_LOAD_SECONDS ?? 60);
const bench = await serveBenchApp();
try {
  const result = await runClient("load-client.js", { url: bench.socketUrl, sessions, perSecond: 10, seconds });
  if (result.error) throw new Error(result.error);
  const memory = await memoryAfterGc(bench.server);
  const exact = result.wrongPages === 0 && result.duplicateCounts === 0 && result.counted === result.clicks;
  console.log(
    `load: ${result.sessions} sessions x 10 clicks/s for ${seconds} s: ${result.clicks} clicks, ${result.counted} counted, ` +
      `${result.wrongPages} sessions off by any click   goal: every click counted exactly once -> ${exact ? "met" : "NOT MET"}`,
  );
  console.log(
    `load: click -> patch p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, max ${result.max.toFixed(1)} ms   goal p95 <= 50 ms`,
  );
  console.log(`load: after it, server heap ${memory.mainHeapMB.toFixed(1)} MB + threads ${memory.threadsHeapMB.toFixed(1)} MB, RSS ${memory.rssMB.toFixed(0)} MB`);
  for (const warning of bench.warnings.slice(0, 5)) console.log(`load: server said: ${warning}`);
} finally {
  await bench.close();
}
