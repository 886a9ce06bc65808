// st.connection("sql") in the playground: the server's SQL connection (Streamlit's
// SQLConnection) over SQLite in the page's memory (./sqljs.ts), as the page has no file system
// and reaches no database server. `query` is cached as on the server (runtime's cachedQuery);
// `format: "arrow"` gives an Apache Arrow table. A url or a database file opens an in-memory
// database of that name (for the session's life: a worker started again after a stuck run
// starts with none); PostgreSQL is refused with why.
import { BaseConnection, RivuletAPIError, cachedQuery, type ArrowTable, type ExecuteResult, type QueryOptions, type SqlConnection, type SqlParams, type SqlTransaction } from "@rivulet/runtime";
import type { SqliteDatabase } from "./sqljs.ts";

export class PlaygroundSQLConnection extends BaseConnection<Promise<SqliteDatabase>> implements SqlConnection {
  readonly dialect = "sqlite";
  readonly driver = "sql.js";
  readonly #queries = new Map<string, (sql: string, params: unknown) => Promise<unknown[]>>();

  protected connect(options: Readonly<Record<string, unknown>>): Promise<SqliteDatabase> {
    // The playground has no secrets: where the database is comes from the options alone.
    refuseServerDatabases(this.connectionName, options);
    // SQLite's WebAssembly (~340 KB gzipped) is downloaded the first time a script uses a connection.
    return import("./sqljs.ts").then((sqljs) => sqljs.openMemoryDatabase());
  }

  query<Row = Record<string, unknown>>(sql: string, options?: QueryOptions & { format?: "rows" }): Promise<Row[]>;
  query(sql: string, options: QueryOptions & { format: "arrow" }): Promise<ArrowTable>;
  async query(sql: string, options: QueryOptions & { format?: "rows" | "arrow" } = {}): Promise<unknown> {
    const rows = await this.cached(options)(sql, options.params ?? null);
    if (options.format !== "arrow") return rows;
    return (await import("apache-arrow")).tableFromJSON(rows as Record<string, unknown>[]);
  }

  async execute(sql: string, params?: SqlParams): Promise<ExecuteResult> {
    return (await this.instance).execute(sql, params);
  }

  async transaction<T>(body: (tx: SqlTransaction) => Promise<T> | T): Promise<T> {
    return (await this.instance).transaction(body);
  }

  override reset(): void {
    const open = this.isConnected ? this.instance : null;
    super.reset();
    this.#queries.clear();
    void open?.then((db) => db.close(), () => {});
  }

  override toString(): string {
    return `${super.toString()} (sqlite: in the page's memory)`;
  }

  private cached(options: QueryOptions): (sql: string, params: unknown) => Promise<unknown[]> {
    const id = `${String(options.ttl ?? "")}\u0000${String(options.showSpinner ?? "")}`;
    let run = this.#queries.get(id);
    if (run === undefined) {
      const settings = { ttl: options.ttl ?? null, ...(options.showSpinner !== undefined ? { showSpinner: options.showSpinner } : {}) };
      run = cachedQuery(`${this.connectionName}@memory`, settings, async (sql, params) => (await this.instance).query(sql, (params ?? undefined) as SqlParams | undefined));
      this.#queries.set(id, run);
    }
    return run;
  }
}

/** A url or dialect of a database server: the page cannot reach it. */
function refuseServerDatabases(name: string, given: Readonly<Record<string, unknown>>): void {
  const url = typeof given.url === "string" ? given.url : "";
  const dialect = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.split("+")[0]?.toLowerCase() ?? (typeof given.dialect === "string" ? given.dialect : given.host !== undefined ? "a server" : "sqlite");
  if (dialect === "sqlite") return;
  throw new RivuletAPIError("invalid_sql_connection", {
    name,
    problem: `uses ${dialect}, which a page cannot reach: the playground opens SQLite in the page's memory only (run the app with \`npx rivulet run\` to open a database server)`,
  });
}
