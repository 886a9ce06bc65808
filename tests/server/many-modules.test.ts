// A loop in a helper module is halted at its checkpoint, on a session worker thread: the
// helper imports rivulet, so the module hooks compile it in library mode there too.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { WorkerPool, compileScript } from "@rivulet/server";
import { client, until } from "./helpers/pool.ts";

const dir = mkdtempSync(path.join(tmpdir(), "rivulet-modules-pool-"));
let pool: WorkerPool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("a helper module on a session worker", () => {
  it("has its loop halted by Stop, and the session goes on", async () => {
    const entry = path.join(dir, "app.ts");
    writeFileSync(entry, `import * as st from "rivulet";\nimport { spin } from "./spin.ts";\nst.text("ready");\nif (st.button("spin")) spin();\n`);
    writeFileSync(path.join(dir, "spin.ts"), `import * as st from "rivulet";\nexport function spin(): void {\n  st.text("spinning");\n  let i = 0;\n  while (true) i++;\n}\n`);
    const compiled = compileScript(readFileSync(entry, "utf8"), entry);
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.diagnostics));
    pool = new WorkerPool({ threads: 1 });
    expect(await pool.setScript({ kind: "compiled", script: compiled.compiled })).toEqual({ error: null, files: [] });
    const a = client(pool, "a");
    expect(await a.finished(1)).toBe("completed");
    a.click("spin");
    await until(() => a.texts().includes("spinning"), "the helper's loop to start");
    a.session.receive(JSON.stringify({ type: "stop" }));
    expect(await a.finished(2)).toBe("stopped");
    a.session.receive(JSON.stringify({ type: "rerun" }));
    expect(await a.finished(3)).toBe("completed");
  });
});
