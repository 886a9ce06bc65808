// st.connection through AppTest, on real SQLite files (better-sqlite3): the embedded default in
// the project's .rivulet folder, configuration from the secrets, reads cached as st.cacheData
// caches them, writes and transactions, parameters, Arrow, and custom connections.
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";

const texts = (at: AppTest): string[] => at.text.map((t) => String(t.value));
const temp = mkdtempSync(path.join(tmpdir(), "rivulet-sql-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
beforeEach(() => AppTest.clearCaches());

let projects = 0;
/** A fresh project folder for each test: its own default database. */
function project(): string {
  return path.join(temp, `project-${++projects}`);
}

describe('st.connection("sql")', () => {
  it("with no configuration opens .rivulet/<name>.db in the project; writes, then reads", async () => {
    const dir = project();
    const at = await AppTest.fromString(
      `
      import * as st from "rivulet";
      const db = st.connection("sql");
      await db.execute("create table if not exists pets (name text primary key, age integer, indoor integer)");
      if (st.button("Add Rex")) await db.execute("insert into pets values (:name, :age, :indoor)", { name: "Rex", age: 3, indoor: true });
      st.text(db.dialect + " " + db.driver);
      st.text(JSON.stringify(await db.query("select * from pets order by name", { ttl: 0.05 })));
    `,
      { project: dir },
    ).run();
    expect(at.exception).toEqual([]);
    expect(texts(at)).toEqual(["sqlite better-sqlite3", "[]"]);
    expect(existsSync(path.join(dir, ".rivulet", "sql.db"))).toBe(true);
    await at.button[0]!.click().run();
    await new Promise((resolve) => setTimeout(resolve, 80));
    await at.run();
    expect(texts(at)[1]).toBe('[{"name":"Rex","age":3,"indoor":1}]');
  });

  it("query is cached as st.cacheData caches: a write shows once the entry expires or is cleared", async () => {
    const at = await AppTest.fromString(
      `
      import * as st from "rivulet";
      const db = st.connection("sql");
      await db.execute("create table if not exists hits (n integer)");
      if (st.button("hit")) await db.execute("insert into hits values (1)");
      if (st.button("forget")) st.cacheData.clear();
      const [row] = await db.query<{ count: number }>("select count(*) as count from hits");
      st.text("count " + row!.count);
    `,
      { project: project() },
    ).run();
    expect(texts(at)).toEqual(["count 0"]);
    await at.button[0]!.click().run();
    // The insert ran before the query, which is a hit: Streamlit shows the cached result too.
    expect(texts(at)).toEqual(["count 0"]);
    await at.button[1]!.click().run();
    await at.run();
    expect(texts(at)).toEqual(["count 1"]);
  });

  it("positional parameters, several statements at once, a transaction that commits and one that rolls back", async () => {
    const at = await AppTest.fromString(
      `
      import * as st from "rivulet";
      const db = st.connection("sql");
      await db.execute("create table accounts (id integer primary key, balance integer); insert into accounts values (1, 100), (2, 0);");
      await db.transaction(async (tx) => {
        await tx.execute("update accounts set balance = balance - 30 where id = ?", [1]);
        await tx.execute("update accounts set balance = balance + 30 where id = ?", [2]);
      });
      try {
        await db.transaction(async (tx) => {
          await tx.execute("update accounts set balance = balance - 500 where id = ?", [1]);
          const [{ balance }] = await tx.query<{ balance: number }>("select balance from accounts where id = ?", [1]);
          if (balance < 0) throw new Error("overdrawn");
        });
      } catch (error) {
        st.text("refused: " + (error as Error).message);
      }
      st.text(JSON.stringify(await db.query("select id, balance from accounts order by id", { showSpinner: false })));
    `,
      { project: project() },
    ).run();
    expect(at.exception).toEqual([]);
    expect(texts(at)).toEqual(["refused: overdrawn", '[{"id":1,"balance":70},{"id":2,"balance":30}]']);
  });

  it("a statement on the connection itself inside its transaction's body is refused, not left waiting", async () => {
    const at = await AppTest.fromString(
      `
      import * as st from "rivulet";
      const db = st.connection("sql");
      await db.execute("create table if not exists t (n integer)");
      try {
        await db.transaction(async () => {
          await db.execute("insert into t values (1)");
        });
      } catch (error) {
        st.text((error as Error).message.split(":")[0]!);
      }
      st.text(JSON.stringify(await db.query("select count(*) as n from t", { showSpinner: false })));
    `,
      { project: project() },
    ).run();
    expect(at.outcomes).toEqual(["completed"]);
    expect(texts(at)).toEqual(["This statement is made on the connection inside its own transaction, which holds the database until it ends", '[{"n":0}]']);
  });

  it("reads where [connections.<name>] of the secrets says, and returns an Arrow table when asked", async () => {
    const dir = project();
    const at = await AppTest.fromString(
      `
      import * as st from "rivulet";
      const sales = st.connection("sales", { type: "sql" });
      await sales.execute("create table if not exists orders (region text, total real)");
      await sales.execute("delete from orders");
      await sales.execute("insert into orders values ('EU', 120.5), ('US', 95)");
      const table = await sales.query("select * from orders order by region", { format: "arrow" });
      st.text(table.numRows + " rows, " + table.numCols + " columns, first " + JSON.stringify(table.toArray()[0]));
      st.text(String(sales));
    `,
      { project: dir, secrets: { connections: { sales: { url: "sqlite:///data/sales.db" } } } },
    ).run();
    expect(at.exception).toEqual([]);
    expect(texts(at)[0]).toBe('2 rows, 2 columns, first {"region":"EU","total":120.5}');
    expect(texts(at)[1]).toBe(`st.connection sales built from SQLConnection configured from [connections.sales] (sqlite: ${path.join(dir, "data", "sales.db")})`);
    expect(existsSync(path.join(dir, "data", "sales.db"))).toBe(true);
  });
});

describe("custom connections", () => {
  it("a class extending st.BaseConnection: made once for every session, its secrets section, reset", async () => {
    const app = `
      import * as st from "rivulet";
      class Counter extends st.BaseConnection<{ made: number; greeting: string }> {
        protected connect() {
          globalThis.connects = (globalThis.connects ?? 0) + 1;
          return { made: globalThis.connects, greeting: String(this.secrets.greeting) };
        }
      }
      const counter = st.connection("counter", { type: Counter });
      if (st.button("reset")) counter.reset();
      st.text(counter.instance.greeting + " " + counter.instance.made);
    `;
    const secrets = { connections: { counter: { greeting: "hello" } } };
    const a = await AppTest.fromString(app, { secrets }).run();
    const b = await AppTest.fromString(app, { secrets }).run();
    expect(texts(a)).toEqual(["hello 1"]);
    expect(texts(b)).toEqual(["hello 1"]);
    await a.button[0]!.click().run();
    expect(texts(a)).toEqual(["hello 2"]);
    (globalThis as { connects?: number }).connects = 0;
  });
});
