// Which database a SQL connection opens, from its options over its `[connections.<name>]`
// section of the secrets, as Streamlit's SQLConnection reads them: a `url`, or a `dialect` with
// `host`, `port`, `database`, `username` and `password`. Nothing at all is Rivulet's embedded
// default: a SQLite file `.rivulet/<name>.db` in the project (never served by the dev server).

import path from "node:path";
import { RivuletAPIError } from "@rivulet/runtime";

export type SqlConfig =
  /** `file` null: an in-memory database. */
  | { dialect: "sqlite"; file: string | null }
  | { dialect: "postgresql"; connectionString: string; label: string };

export function sqlConfig(name: string, given: Readonly<Record<string, unknown>>, project: string): SqlConfig {
  const fail = (problem: string): never => {
    throw new RivuletAPIError("invalid_sql_connection", { name, problem });
  };
  const url = given.url;
  if (url !== undefined) {
    if (typeof url !== "string") return fail(`has a url that is not a string (${typeof url})`);
    return fromUrl(url, project, fail);
  }
  const dialect = given.dialect ?? (given.host === undefined ? "sqlite" : undefined);
  if (dialect === undefined) return fail("has a host but no dialect: give dialect = \"postgresql\" (or a url)");
  if (dialect === "sqlite") {
    const database = given.database ?? path.join(".rivulet", `${name}.db`);
    if (typeof database !== "string") return fail("has a database that is not a path");
    return { dialect: "sqlite", file: database === ":memory:" ? null : path.resolve(project, database) };
  }
  if (dialect !== "postgresql" && dialect !== "postgres") return fail(`uses the dialect "${String(dialect)}", which Rivulet does not open: use "sqlite" or "postgresql"`);
  for (const param of ["username", "host"] as const) if (given[param] === undefined) fail(`is missing the SQL DB connection param: ${param}`);
  const built = new URL("postgresql://placeholder");
  built.hostname = String(given.host);
  if (given.port !== undefined) built.port = String(given.port);
  built.username = String(given.username);
  if (given.password !== undefined) built.password = String(given.password);
  if (given.database !== undefined) built.pathname = `/${String(given.database)}`;
  return { dialect: "postgresql", connectionString: built.href, label: withoutPassword(built.href) };
}

function fromUrl(url: string, project: string, fail: (problem: string) => never): SqlConfig {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase() ?? "";
  // SQLAlchemy names the driver after a "+" (postgresql+psycopg2): the dialect is what counts.
  const dialect = scheme.split("+")[0];
  if (dialect === "sqlite") {
    // SQLAlchemy's forms: sqlite:// and sqlite://:memory: in memory, sqlite:///relative.db, sqlite:////absolute.db.
    const rest = url.slice(scheme.length + 1).replace(/^\/\//, "");
    if (rest === "" || rest === ":memory:") return { dialect: "sqlite", file: null };
    if (!rest.startsWith("/")) return fail(`has a sqlite url without the third slash before its path (sqlite:///${rest})`);
    const file = rest.slice(1);
    return { dialect: "sqlite", file: path.isAbsolute(file) ? file : path.resolve(project, file) };
  }
  if (dialect === "postgresql" || dialect === "postgres") {
    const connectionString = `postgresql:${url.slice(scheme.length + 1)}`;
    return { dialect: "postgresql", connectionString, label: withoutPassword(connectionString) };
  }
  return fail(`has a url of the dialect "${dialect}", which Rivulet does not open: use sqlite:///file.db or postgresql://…`);
}

function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = "";
    return parsed.href;
  } catch {
    return "postgresql";
  }
}
