// st.secrets through AppTest: attribute and index access, nested tables, get with a fallback,
// `in`, toDict, read-only, and Streamlit's errors naming the key and the files looked in; with
// `{ project }`, the secrets files read as the server reads them (the project's over the home's).
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

const texts = (at: AppTest): string[] => at.text.map((t) => String(t.value));
const temp = mkdtempSync(path.join(tmpdir(), "rivulet-secrets-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function folder(name: string, toml: string | null): string {
  const dir = path.join(temp, name);
  mkdirSync(path.join(dir, ".rivulet"), { recursive: true });
  if (toml !== null) writeFileSync(path.join(dir, ".rivulet", "secrets.toml"), toml);
  return dir;
}

describe("st.secrets", () => {
  it("reads keys by attribute and index, nested tables alike; get, in, toDict", async () => {
    const at = await AppTest.fromString(
      `
      import * as st from "rivulet";
      st.text(st.secrets.api_key + " " + st.secrets["api_key"]);
      st.text(st.secrets.db.user + "@" + st.secrets["db"]["host"] + ":" + st.secrets.db.port);
      st.text(String(st.secrets.get("missing", "fallback")) + " " + String("db" in st.secrets) + " " + String("nope" in st.secrets));
      st.text(JSON.stringify(st.secrets.toDict()));
      st.text(Object.keys(st.secrets).join(","));
    `,
      { secrets: { api_key: "k-123", db: { user: "ada", host: "db.local", port: 5432 } } },
    ).run();
    expect(at.exception).toEqual([]);
    expect(texts(at)).toEqual([
      "k-123 k-123",
      "ada@db.local:5432",
      "fallback true false",
      '{"api_key":"k-123","db":{"user":"ada","host":"db.local","port":5432}}',
      "api_key,db",
    ]);
  });

  it("a table reads as data: JSON, String() and as a cached function's argument", async () => {
    const at = await AppTest.fromString(
      `
      import * as st from "rivulet";
      const greet = st.cacheData((db: { user: string }) => "hello " + db.user);
      st.text(JSON.stringify(st.secrets.db) + " " + String(st.secrets.db) + " " + greet(st.secrets.db));
    `,
      { secrets: { db: { user: "ada" } } },
    ).run();
    expect(at.exception).toEqual([]);
    expect(texts(at)).toEqual(['{"user":"ada"} [object Object] hello ada']);
  });

  it("a missing key raises, naming the key and the files looked in", async () => {
    const at = await AppTest.fromString(`import * as st from "rivulet";\nst.text(st.secrets.db.password);\n`, { secrets: { db: { user: "ada" } } }).run();
    expect(at.exception.map((e) => e.node.code)).toEqual(["missing_secret"]);
    expect(at.exception[0]!.value).toContain('st.secrets has no key "password"');
  });

  it("is read-only, nested values too", async () => {
    const at = await AppTest.fromString(
      `
      import * as st from "rivulet";
      try { st.secrets.api_key = "changed"; } catch (error) { st.text((error as Error).message); }
      try { (st.secrets.toDict() as any).api_key = "a copy may change"; st.text("copy changed"); } catch { st.text("copy refused"); }
      try { st.secrets.list.push(4); } catch (error) { st.text((error as Error).constructor.name); }
      st.text(st.secrets.api_key + " " + st.secrets.list.length);
    `,
      { secrets: { api_key: "k", list: [1, 2, 3] } },
    ).run();
    expect(texts(at)).toEqual(["Secrets does not support assignment: st.secrets holds what the secrets files say.", "copy changed", "TypeError", "k 3"]);
  });

  it("reads the project's .rivulet/secrets.toml over the home's, as the server does", async () => {
    const home = folder("home", 'region = "eu"\napi_key = "from home"\n[db]\nuser = "home-user"\n');
    const project = folder("project", 'api_key = "from project"\n[db]\nhost = "db.local"\n');
    const at = await AppTest.fromString(
      `import * as st from "rivulet";\nst.text(st.secrets.api_key + " " + st.secrets.region + " " + JSON.stringify(st.secrets.db.toDict()));\n`,
      { secretsFrom: { project, home } },
    ).run();
    // Top-level keys of the project's file replace the home's whole (as Streamlit merges them).
    expect(texts(at)).toEqual(['from project eu {"host":"db.local"}']);
  });

  it("no secrets file: raises with the paths looked in; a file that is not TOML: raises with its error", async () => {
    const empty = folder("empty", null);
    const none = await AppTest.fromString(`import * as st from "rivulet";\nst.text(st.secrets.api_key);\n`, { secretsFrom: { project: empty, home: empty } }).run();
    expect(none.exception.map((e) => e.node.code)).toEqual(["no_secrets"]);
    expect(none.exception[0]!.value).toBe(`No secrets found. Valid paths for a secrets.toml file are: ${path.join(empty, ".rivulet", "secrets.toml")}`);
    const broken = folder("broken", 'api_key = "unclosed\n');
    const invalid = await AppTest.fromString(`import * as st from "rivulet";\nst.text(st.secrets.api_key);\n`, { secretsFrom: { project: broken, home: empty } }).run();
    expect(invalid.exception.map((e) => e.node.code)).toEqual(["invalid_secrets_file"]);
    expect(invalid.exception[0]!.value).toMatch(new RegExp(`^Error parsing secrets file at ${path.join(broken, ".rivulet", "secrets.toml").replace(/[.\\/]/g, "\\$&")}: .+ \\(line 1, column \\d+\\)$`));
  });
});
