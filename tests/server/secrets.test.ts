// st.secrets on the server: the pool reads the secrets files once and hands them to every
// session thread; root-level strings and numbers become environment variables there (as in
// Streamlit); a reload of the files reaches the threads.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { WorkerPool } from "@rivulet/server";
import { client, compiled, until } from "./helpers/pool.ts";

let pool: WorkerPool | undefined;
const dirs: string[] = [];
afterEach(async () => {
  await pool?.close();
  pool = undefined;
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function project(toml: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "rivulet-secrets-"));
  dirs.push(dir);
  mkdirSync(path.join(dir, ".rivulet"));
  writeFileSync(path.join(dir, ".rivulet", "secrets.toml"), toml);
  return dir;
}

describe("st.secrets in session threads", () => {
  it("every thread reads the files' secrets; root-level strings and numbers are environment variables", async () => {
    const dir = project('RIVULET_TEST_TOKEN = "t-1"\nRIVULET_TEST_PORT = 5432\n[db]\nuser = "ada"\n');
    pool = new WorkerPool({ threads: 2, secrets: { project: dir, home: dir }, log: () => {} });
    await pool.setScript(compiled(`st.text(st.secrets.db.user + " " + process.env.RIVULET_TEST_TOKEN + " " + process.env.RIVULET_TEST_PORT + " " + String(process.env.db));`));
    const a = client(pool, "a");
    const b = client(pool, "b");
    await a.finished(1);
    await b.finished(1);
    expect(a.texts()).toEqual(["ada t-1 5432 undefined"]);
    expect(b.texts()).toEqual(["ada t-1 5432 undefined"]);
  });

  it("a connection made from the old secrets is made anew from the new ones", async () => {
    const dir = project('[connections.greeter]\ngreeting = "hello"\n');
    pool = new WorkerPool({ threads: 1, secrets: { project: dir, home: dir }, log: () => {} });
    await pool.setScript(
      compiled(`
class Greeter extends st.BaseConnection<{ greeting: string }> {
  protected connect() {
    return { greeting: String(this.secrets.greeting) };
  }
}
st.text("says " + st.connection("greeter", { type: Greeter }).instance.greeting);`),
    );
    const a = client(pool, "a");
    await a.finished(1);
    expect(a.texts()).toEqual(["says hello"]);
    writeFileSync(path.join(dir, ".rivulet", "secrets.toml"), '[connections.greeter]\ngreeting = "bonjour"\n');
    pool.reloadSecrets();
    a.session.receive(JSON.stringify({ type: "rerun" }));
    await until(() => a.texts().includes("says bonjour"), "the connection made from the new secrets");
  });

  it("reloadSecrets reads the files again: the next run sees the new values", async () => {
    const dir = project('greeting = "hello"\n');
    pool = new WorkerPool({ threads: 1, secrets: { project: dir, home: dir }, log: () => {} });
    await pool.setScript(compiled(`st.text(st.secrets.greeting);`));
    const a = client(pool, "a");
    await a.finished(1);
    writeFileSync(path.join(dir, ".rivulet", "secrets.toml"), 'greeting = "bonjour"\n');
    pool.reloadSecrets();
    a.session.receive(JSON.stringify({ type: "rerun" }));
    await until(() => a.texts().includes("bonjour"), "the rerun with the new secret");
    expect(a.errors()).toEqual([]);
  });
});
