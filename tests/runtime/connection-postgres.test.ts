// st.connection("sql") on a real PostgreSQL server (pg): configured by a url in the secrets,
// `:name` parameters, reads cached and shared between sessions, transactions, and values a
// JSON copy would change (timestamps) kept as they are.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { AppTest } from "rivulet/testing";
import { startPostgres, type TestPostgres } from "../helpers/postgres.ts";

let server: TestPostgres;
beforeAll(async () => {
  server = await startPostgres();
});
afterAll(async () => {
  await server?.stop();
});
beforeEach(() => AppTest.clearCaches());

const texts = (at: AppTest): string[] => at.text.map((t) => String(t.value));

describe("st.connection on PostgreSQL", () => {
  it("writes with :name parameters, reads cached, rolls back a failed transaction", async () => {
    const secrets = { connections: { orders: { url: server.url } } };
    const app = `
      import * as st from "rivulet";
      const db = st.connection("orders", { type: "sql" });
      await db.execute("create table if not exists orders (id serial primary key, region text, total numeric, placed timestamptz)");
      if (st.button("seed")) {
        await db.execute("delete from orders");
        await db.execute("insert into orders (region, total, placed) values (:region, :total, :placed), (:other, :total, :placed)", { region: "EU", other: "US", total: 120, placed: new Date("2026-01-02T03:04:05Z") });
        try {
          await db.transaction(async (tx) => {
            await tx.execute("insert into orders (region, total) values (:region, 1)", { region: "lost" });
            throw new Error("changed my mind");
          });
        } catch (error) {
          st.text("rolled back: " + (error as Error).message);
        }
        st.cacheData.clear();
      }
      const rows = await db.query<{ region: string; placed: Date }>("select region, placed from orders where region <> :skip order by region", { params: { skip: "none" } });
      st.text(db.dialect + " " + rows.map((r) => r.region + "@" + (r.placed instanceof Date ? r.placed.toISOString() : String(r.placed))).join(","));
    `;
    const at = await AppTest.fromString(app, { secrets }).run();
    expect(at.exception).toEqual([]);
    await at.button[0]!.click().run();
    expect(at.exception).toEqual([]);
    expect(texts(at)).toEqual(["rolled back: changed my mind", "postgresql EU@2026-01-02T03:04:05.000Z,US@2026-01-02T03:04:05.000Z"]);
    // Another session gets the cached rows; the lost insert was never committed.
    const other = await AppTest.fromString(app, { secrets }).run();
    expect(texts(other)).toEqual(["postgresql EU@2026-01-02T03:04:05.000Z,US@2026-01-02T03:04:05.000Z"]);
  });

  it("returns bytea as bytes and an interval as its ISO duration, which a cache copy keeps", async () => {
    const secrets = { connections: { types: { url: server.url } } };
    const at = await AppTest.fromString(
      `import * as st from "rivulet";\nconst [row] = await st.connection("types", { type: "sql" }).query<{ b: Uint8Array; i: string }>("select '\\\\x0102ff'::bytea as b, interval '1 day 2 hours' as i");\nst.text([...row!.b].join(",") + " " + String(row!.b instanceof Uint8Array) + " " + row!.i);\n`,
      { secrets },
    ).run();
    expect(at.exception).toEqual([]);
    expect(texts(at)).toEqual(["1,2,255 true P0Y0M1DT2H0M0S"]);
  });

  it("is configured from the dialect and its parts as well as from a url", async () => {
    const url = new URL(server.url);
    const secrets = { connections: { parts: { dialect: "postgresql", host: url.hostname, port: Number(url.port), username: url.username, database: "postgres" } } };
    const at = await AppTest.fromString(`import * as st from "rivulet";\nconst [row] = await st.connection("parts", { type: "sql" }).query<{ n: number }>("select 40 + 2 as n");\nst.text("n " + row!.n);\n`, { secrets }).run();
    expect(at.exception).toEqual([]);
    expect(texts(at)).toEqual(["n 42"]);
  });
});
