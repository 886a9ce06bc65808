// The database drivers (and Apache Arrow), loaded when a SQL connection first needs them, not with the server: most apps
// open none, better-sqlite3 is a native module no bundle can hold (a built app's server loads it
// from the project's node_modules, where installing rivulet put it), and pg is only for
// PostgreSQL. A driver that is missing says which package to install, as Streamlit does.

import { createRequire } from "node:module";
import type BetterSqlite3 from "better-sqlite3";
import type Pg from "pg";
import type * as Arrow from "apache-arrow";

const require = createRequire(import.meta.url);

function load<T>(name: string): T {
  try {
    return require(name) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "MODULE_NOT_FOUND") throw error;
    throw new Error(`Cannot find the module '${name}'. You need to install the '${name}' package to use this connection: npm install ${name}`);
  }
}

export const sqliteDriver = (): typeof BetterSqlite3 => load<typeof BetterSqlite3>("better-sqlite3");
export const pgDriver = (): typeof Pg => load<typeof Pg>("pg");
/**
 * Apache Arrow, for `query(…, { format: "arrow" })`, loaded the first time one is asked for: as
 * an ES module, the copy the runtime's st.dataframe has (`require` would give its CommonJS build,
 * whose tables are not the runtime's `Table`s).
 */
export const arrow = (): Promise<typeof Arrow> => import("apache-arrow");
