// SQLite through better-sqlite3 (12: 13 crashes on Node 20): synchronous, one handle per
// connection. Statements take `:name` parameters from an object or `?` ones from an array, as
// better-sqlite3 does; booleans and dates are bound as SQLite stores them (1/0, ISO text), and a
// BLOB comes back as a Uint8Array (a Node Buffer would not survive st.cacheData's copy as one).
// Sessions of a thread share the handle, and their runs interleave at awaits: a transaction
// holds the handle, and other statements wait for its end rather than land inside it. A
// statement made on the connection itself from inside the transaction's own body (not through
// `tx`) would wait for that end forever: it is refused, with the fix (an AsyncLocalStorage knows
// which code runs inside the body, across its awaits).

import { AsyncLocalStorage } from "node:async_hooks";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type Database from "better-sqlite3";
import { sqliteDriver } from "./drivers.ts";
import type { SqlTransaction } from "@rivulet/runtime";
import type { ExecuteResult, SqlDriver, SqlParams } from "./driver.ts";

export function openSqlite(file: string | null): SqlDriver {
  if (file !== null) mkdirSync(path.dirname(file), { recursive: true });
  const Sqlite = sqliteDriver();
  const db = new Sqlite(file ?? ":memory:");
  db.pragma("journal_mode = WAL");
  let held: Promise<void> = Promise.resolve();
  const inBody = new AsyncLocalStorage<true>();
  /** Waits for the transaction holding the handle, if one does. */
  const whenFree = async <T>(work: () => T): Promise<T> => {
    if (inBody.getStore() === true) {
      throw new Error("This statement is made on the connection inside its own transaction, which holds the database until it ends: use the transaction's handle (db.transaction(async (tx) => { await tx.query(...) })).");
    }
    await held;
    return work();
  };
  const direct: SqlTransaction = {
    query: async (sql, params) => rows(db, sql, params) as never[],
    execute: async (sql, params) => execute(db, sql, params),
  };
  return {
    dialect: "sqlite",
    driver: "better-sqlite3",
    raw: db,
    query: (sql, params) => whenFree(() => rows(db, sql, params) as never[]),
    execute: (sql, params) => whenFree(() => execute(db, sql, params)),
    async transaction(body) {
      if (inBody.getStore() === true) throw new Error("A transaction cannot start inside another one's body: run its statements through the outer transaction's handle.");
      const before = held;
      let release!: () => void;
      held = new Promise((resolve) => (release = resolve));
      await before;
      db.exec("BEGIN");
      try {
        const result = await inBody.run(true, () => body(direct));
        db.exec("COMMIT");
        return result;
      } catch (error) {
        if (db.inTransaction) db.exec("ROLLBACK");
        throw error;
      } finally {
        release();
      }
    },
    async close() {
      await held;
      db.close();
    },
  };
}

function rows(db: Database.Database, sql: string, params: SqlParams | undefined): Record<string, unknown>[] {
  const statement = db.prepare(sql);
  const found = (statement.reader ? statement.all(...bound(params)) : (statement.run(...bound(params)), [])) as Record<string, unknown>[];
  for (const row of found) for (const key of Object.keys(row)) if (Buffer.isBuffer(row[key])) row[key] = new Uint8Array(row[key] as Buffer);
  return found;
}

function execute(db: Database.Database, sql: string, params: SqlParams | undefined): ExecuteResult {
  let statement: Database.Statement;
  try {
    statement = db.prepare(sql);
  } catch (error) {
    // A script of several statements (a schema): run as it is, when it takes no parameters.
    if (params === undefined && error instanceof RangeError && /more than one statement/.test(error.message)) {
      const before = db.prepare("select total_changes() as n").get() as { n: number };
      db.exec(sql);
      const after = db.prepare("select total_changes() as n").get() as { n: number };
      return { changes: after.n - before.n };
    }
    throw error;
  }
  if (statement.reader) {
    statement.all(...bound(params));
    return { changes: 0 };
  }
  const result = statement.run(...bound(params));
  return { changes: result.changes, lastInsertRowid: Number(result.lastInsertRowid) };
}

/** better-sqlite3's arguments: an object of named values, or the positional ones. */
function bound(params: SqlParams | undefined): unknown[] {
  if (params === undefined) return [];
  if (Array.isArray(params)) return params.map(sqliteValue);
  return [Object.fromEntries(Object.entries(params).map(([key, value]) => [key, sqliteValue(value)]))];
}

function sqliteValue(value: unknown): unknown {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString();
  if (value === undefined) return null;
  return value;
}
