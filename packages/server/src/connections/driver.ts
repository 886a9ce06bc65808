// What a SQL connection needs of a database driver: reads, writes, transactions, closing.

import type { ExecuteResult, SqlParams, SqlTransaction } from "@rivulet/runtime";

export interface SqlDriver extends SqlTransaction {
  readonly dialect: "sqlite" | "postgresql";
  readonly driver: "better-sqlite3" | "pg";
  /** The driver's own object: better-sqlite3's Database, pg's Pool. */
  readonly raw: unknown;
  transaction<T>(body: (tx: SqlTransaction) => Promise<T> | T): Promise<T>;
  close(): Promise<void>;
}

export type { ExecuteResult, SqlParams };
