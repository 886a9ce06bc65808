// st.connection("sql"): Streamlit's SQLConnection over the two databases Node reaches without
// SQLAlchemy: SQLite (better-sqlite3, the embedded default) and PostgreSQL (pg). `query` is
// cached as st.cacheData caches it (per connection and ttl, keyed by statement and params);
// `execute` and `transaction` write and are never cached. Where the database is comes from the
// options over `[connections.<name>]` of the secrets (./config.ts).

import { randomUUID } from "node:crypto";
import { BaseConnection, cachedQuery, type ArrowTable, type ExecuteResult, type QueryOptions, type SqlConnection, type SqlParams, type SqlTransaction } from "@rivulet/runtime";
import { sqlConfig, type SqlConfig } from "./config.ts";
import type { SqlDriver } from "./driver.ts";
import { arrow } from "./drivers.ts";
import { openPostgres } from "./postgres.ts";
import { projectDir } from "./project.ts";
import { openSqlite } from "./sqlite.ts";

export class SQLConnection extends BaseConnection<SqlDriver> implements SqlConnection {
  /** The cached query of each ttl (Streamlit keeps a cache per ttl). */
  readonly #queries = new Map<string, (sql: string, params: unknown) => Promise<unknown[]>>();
  #config: SqlConfig | null = null;

  protected connect(options: Readonly<Record<string, unknown>>): SqlDriver {
    const config = this.config(options);
    return config.dialect === "sqlite" ? openSqlite(config.file) : openPostgres(config.connectionString);
  }

  get dialect(): string {
    return this.config(this.options).dialect;
  }

  get driver(): string {
    return this.config(this.options).dialect === "sqlite" ? "better-sqlite3" : "pg";
  }

  query<Row = Record<string, unknown>>(sql: string, options?: QueryOptions & { format?: "rows" }): Promise<Row[]>;
  query(sql: string, options: QueryOptions & { format: "arrow" }): Promise<ArrowTable>;
  async query(sql: string, options: QueryOptions & { format?: "rows" | "arrow" } = {}): Promise<unknown> {
    const rows = await this.cached(options)(sql, options.params ?? null);
    if (options.format !== "arrow") return rows;
    return (await arrow()).tableFromJSON(rows as Record<string, unknown>[]);
  }

  execute(sql: string, params?: SqlParams): Promise<ExecuteResult> {
    return this.instance.execute(sql, params);
  }

  transaction<T>(body: (tx: SqlTransaction) => Promise<T> | T): Promise<T> {
    return this.instance.transaction(body);
  }

  /** Closes the client; the next use opens a new one, from the options and secrets as they are then. */
  override reset(): void {
    const open = this.#raw();
    super.reset();
    this.#config = null;
    this.#queries.clear();
    void open?.close();
  }

  override toString(): string {
    const config = this.config(this.options);
    const where = config.dialect === "sqlite" ? (config.file ?? ":memory:") : config.label;
    return `${super.toString()} (${config.dialect}: ${where})`;
  }

  /** Where it connects: read once (its options and secrets do not change while it lives). */
  private config(options: Readonly<Record<string, unknown>>): SqlConfig {
    return (this.#config ??= sqlConfig(this.connectionName, { ...this.secrets, ...options }, projectDir()));
  }

  private cached(options: QueryOptions): (sql: string, params: unknown) => Promise<unknown[]> {
    const config = this.config(this.options);
    // The cache is the server's: named by where the database is, so two connections of one
    // name that open different databases do not share results.
    const where = config.dialect === "sqlite" ? `sqlite:${config.file ?? `memory:${memoryId(this)}`}` : config.label;
    const id = `${where}\u0000${String(options.ttl ?? "")}\u0000${String(options.showSpinner ?? "")}`;
    let run = this.#queries.get(id);
    if (run === undefined) {
      run = cachedQuery(`${this.connectionName}@${where}`, { ttl: options.ttl ?? null, ...(options.showSpinner !== undefined ? { showSpinner: options.showSpinner } : {}) }, async (sql, params) =>
        this.instance.query(sql, (params ?? undefined) as SqlParams | undefined),
      );
      this.#queries.set(id, run);
    }
    return run;
  }

  #raw(): SqlDriver | null {
    return this.isConnected ? this.instance : null;
  }
}

/** An in-memory database is this connection's alone (on its thread): its results are too, so its cache name is unique in the server. */
const memoryIds = new WeakMap<object, string>();
function memoryId(connection: object): string {
  let id = memoryIds.get(connection);
  if (id === undefined) memoryIds.set(connection, (id = randomUUID()));
  return id;
}
