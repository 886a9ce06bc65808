// st.connection and st.BaseConnection: Streamlit's connections. Their code is in
// api/connection/; this registers them for the st exports and the README.

import { BaseConnection } from "../api/connection/BaseConnection.ts";
import { connection } from "../api/connection/connection.ts";
import { defineApi } from "./define.ts";

export { connection, BaseConnection };
export type { ConnectionOptions } from "../api/connection/connection.ts";
export type { ArrowTable, ExecuteResult, QueryOptions, SqlConnection, SqlParams, SqlTransaction } from "../api/connection/sql.ts";

export default defineApi({
  api: { connection, BaseConnection },
  containerMethods: false,
  section: "App",
  docs: [
    {
      calls: ['st.connection(name, { type, ttl, maxEntries, ...options })', "conn.query(sql, { params, ttl, format })", "conn.execute(sql, params)", "conn.transaction(fn)"],
      streamlit: ["st.connection", "SQLConnection.query", "SQLConnection.session"],
      notes:
        '`type: "sql"` (SQLite by default: `.rivulet/<name>.db`; a `url` such as `postgresql://…`, from the options or `[connections.<name>]` of the secrets); `query` is cached as st.cacheData, returns rows (`format: "arrow"`: an Arrow table); `execute` and `transaction` write; a custom connection extends `st.BaseConnection`',
      example: 'const db = st.connection("sql", { url: "sqlite://:memory:" });\nconst [row] = await db.query<{ answer: number }>("select 6 * 7 as answer");\nst.text(`answer: ${row?.answer}`);',
    },
  ],
});
