// The shape of st.connection("sql"): Streamlit's SQLConnection, for TypeScript. The runtime
// core has no database driver (it runs in a Web Worker too); the server registers the class
// that implements it (packages/server/src/connections/), and `st.connection` is typed by this.

import type { BaseConnection } from "./BaseConnection.ts";

/** Parameters of a statement: `:name` placeholders from an object, or positional ones from an array. */
export type SqlParams = Readonly<Record<string, unknown>> | readonly unknown[];

export interface QueryOptions {
  params?: SqlParams;
  /** How long the result stays cached: seconds or a duration ("10m"); forever when absent (as Streamlit). */
  ttl?: number | string | null;
  /** The spinner while it runs: true ("Running `sql.query(...)`."), false, or its text. */
  showSpinner?: boolean | string;
}

/** An Apache Arrow table, as `query(..., { format: "arrow" })` returns it (apache-arrow's Table). */
export interface ArrowTable {
  readonly numRows: number;
  readonly numCols: number;
  toArray(): unknown[];
}

export interface ExecuteResult {
  /** Rows inserted, changed or deleted. */
  changes: number;
  /** SQLite's rowid of the last insert. */
  lastInsertRowid?: number;
}

/** What a transaction's body reads and writes through: its statements commit together. */
export interface SqlTransaction {
  query<Row = Record<string, unknown>>(sql: string, params?: SqlParams): Promise<Row[]>;
  execute(sql: string, params?: SqlParams): Promise<ExecuteResult>;
}

export interface SqlConnection extends BaseConnection<unknown> {
  /** "sqlite" or "postgresql". */
  readonly dialect: string;
  /** The Node driver: "better-sqlite3" or "pg". */
  readonly driver: string;
  /** Rows of a read, cached as st.cacheData caches (by the statement and its parameters). */
  query<Row = Record<string, unknown>>(sql: string, options?: QueryOptions & { format?: "rows" }): Promise<Row[]>;
  query(sql: string, options: QueryOptions & { format: "arrow" }): Promise<ArrowTable>;
  /** A write (or any statement whose rows are not wanted), never cached. */
  execute(sql: string, params?: SqlParams): Promise<ExecuteResult>;
  /** Runs `body` in a transaction: committed when it returns, rolled back when it throws. */
  transaction<T>(body: (tx: SqlTransaction) => Promise<T> | T): Promise<T>;
}
