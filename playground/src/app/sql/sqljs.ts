// SQLite in the page's memory: sql.js (SQLite compiled to WebAssembly), loaded the first time a
// script's connection is used. Statements behave as the server's SQLite (better-sqlite3,
// packages/server/src/connections/sqlite.ts): `:name` parameters from an object or `?` ones from
// an array, booleans and dates bound as SQLite stores them (1/0, ISO text), a BLOB as a
// Uint8Array, a script of several statements run whole when it takes no parameters, and a
// transaction holding the database until it ends (other statements wait for it).
import initSqlJs, { type BindParams, type Database, type SqlValue } from "sql.js";
import wasmUrl from "sql.js/dist/sql-wasm-browser.wasm?url";
import type { ExecuteResult, SqlParams, SqlTransaction } from "@rivulet/runtime";

export interface SqliteDatabase extends SqlTransaction {
  transaction<T>(body: (tx: SqlTransaction) => Promise<T> | T): Promise<T>;
  close(): void;
}

let engine: ReturnType<typeof initSqlJs> | null = null;

export async function openMemoryDatabase(): Promise<SqliteDatabase> {
  const SQL = await (engine ??= initSqlJs({ locateFile: () => wasmUrl }));
  const db = new SQL.Database();
  let held: Promise<void> = Promise.resolve();
  const whenFree = async <T>(work: () => T): Promise<T> => {
    await held;
    return work();
  };
  const direct: SqlTransaction = {
    query: async (sql, params) => rows(db, sql, params) as never[],
    execute: async (sql, params) => execute(db, sql, params),
  };
  return {
    query: (sql, params) => whenFree(() => rows(db, sql, params) as never[]),
    execute: (sql, params) => whenFree(() => execute(db, sql, params)),
    async transaction(body) {
      const before = held;
      let release!: () => void;
      held = new Promise((resolve) => (release = resolve));
      await before;
      db.run("BEGIN");
      try {
        const result = await body(direct);
        db.run("COMMIT");
        return result;
      } catch (error) {
        // A statement that failed inside may have ended it already (SQLite rolls some back itself).
        try {
          db.run("ROLLBACK");
        } catch {
          // No transaction left to roll back: what the body threw is the error.
        }
        throw error;
      } finally {
        release();
      }
    },
    close: () => db.close(),
  };
}

function rows(db: Database, sql: string, params: SqlParams | undefined): Record<string, unknown>[] {
  const statement = db.prepare(sql);
  try {
    statement.bind(bound(params));
    const found: Record<string, unknown>[] = [];
    while (statement.step()) found.push(statement.getAsObject());
    return found;
  } finally {
    statement.free();
  }
}

function execute(db: Database, sql: string, params: SqlParams | undefined): ExecuteResult {
  const before = totalChanges(db);
  // Without parameters, every statement of the text runs (a schema); with them, the one statement.
  if (params === undefined) db.exec(sql);
  else db.run(sql, bound(params));
  const changes = totalChanges(db) - before;
  const id = Number(db.exec("select last_insert_rowid()")[0]?.values[0]?.[0] ?? 0);
  return changes > 0 && id > 0 ? { changes, lastInsertRowid: id } : { changes };
}

function totalChanges(db: Database): number {
  return Number(db.exec("select total_changes()")[0]?.values[0]?.[0] ?? 0);
}

/** sql.js's parameters: named ones keyed with their prefix (`:name`, as written in the statement), or the positional ones. */
function bound(params: SqlParams | undefined): BindParams {
  if (params === undefined) return [];
  if (Array.isArray(params)) return params.map(sqliteValue);
  const named: Record<string, SqlValue> = {};
  for (const [key, value] of Object.entries(params)) {
    if (/^[:@$]/.test(key)) named[key] = sqliteValue(value);
    else for (const prefix of [":", "@", "$"]) named[prefix + key] = sqliteValue(value);
  }
  return named;
}

function sqliteValue(value: unknown): SqlValue {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString();
  if (value === undefined || value === null) return null;
  if (typeof value === "number" || typeof value === "string" || value instanceof Uint8Array) return value;
  if (typeof value === "bigint") return Number(value);
  throw new TypeError(`A SQL parameter cannot be ${Object.prototype.toString.call(value)}: give a number, a string, a boolean, a Date, a Uint8Array or null`);
}
