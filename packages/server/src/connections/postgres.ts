// PostgreSQL through pg's Pool: statements take `:name` parameters from an object (turned into
// `$1…`, ./namedParams.ts) or `$1` ones from an array; a transaction runs on one client of the
// pool, so other sessions' statements meanwhile go to other clients and are not in it.

import type pg from "pg";
import { pgDriver } from "./drivers.ts";
import type { SqlTransaction } from "@rivulet/runtime";
import type { ExecuteResult, SqlDriver, SqlParams } from "./driver.ts";
import { toPositional } from "./namedParams.ts";

interface Queryable {
  query(text: string, values: unknown[]): Promise<pg.QueryResult>;
}

export function openPostgres(connectionString: string): SqlDriver {
  const pool = new (pgDriver().Pool)({ connectionString, max: 5 });
  // An idle client's error (the server restarted) must not end the thread; the next query reconnects.
  pool.on("error", () => {});
  const on = (client: Queryable): SqlTransaction => ({
    query: async (sql, params) => plainRows((await run(client, sql, params)).rows) as never[],
    execute: async (sql, params) => changes(await run(client, sql, params)),
  });
  const direct = on(pool);
  return {
    dialect: "postgresql",
    driver: "pg",
    raw: pool,
    query: direct.query,
    execute: direct.execute,
    async transaction(body) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await body(on(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        // The statement's error is what the caller needs; a rollback that fails too (the
        // connection is gone) ends the transaction anyway.
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

function run(client: Queryable, sql: string, params: SqlParams | undefined): Promise<pg.QueryResult> {
  if (params === undefined) return client.query(sql, []);
  if (Array.isArray(params)) return client.query(sql, [...params]);
  const { text, values } = toPositional(sql, params as Record<string, unknown>);
  return client.query(text, values);
}

/**
 * What st.cacheData can copy: a bytea's Buffer as a Uint8Array, an interval as its ISO 8601
 * duration ("P0Y0M1DT2H0M0S"); dates, numbers and strings are already fine.
 */
function plainRows(rows: Record<string, unknown>[]): Record<string, unknown>[] {
  for (const row of rows) {
    for (const key of Object.keys(row)) {
      const value = row[key];
      if (Buffer.isBuffer(value)) row[key] = new Uint8Array(value);
      else if (isInterval(value)) row[key] = value.toISOString();
    }
  }
  return rows;
}

/** pg's interval (postgres-interval's class): it writes itself as SQL and as ISO 8601. */
function isInterval(value: unknown): value is { toISOString(): string } {
  return typeof value === "object" && value !== null && !(value instanceof Date) && typeof (value as { toPostgres?: unknown }).toPostgres === "function" && typeof (value as { toISOString?: unknown }).toISOString === "function";
}

function changes(result: pg.QueryResult): ExecuteResult {
  return { changes: result.rowCount ?? 0 };
}
