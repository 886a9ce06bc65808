// st.connection("sql") with no configuration opens .rivulet/sql.db in the project (SQLite). A
// url in .rivulet/secrets.toml ([connections.sql] url = "postgresql://…") opens PostgreSQL.
import * as st from "rivulet";

const db = st.connection("sql");
await db.execute("create table if not exists notes (id integer primary key, body text not null)");

const body = st.textInput("New note");
if (st.button("Add") && body) {
  await db.execute("insert into notes (body) values (:body)", { body });
  st.cacheData.clear(); // the list below is a cached query: read it anew
}
const notes = await db.query<{ id: number; body: string }>("select id, body from notes order by id", { ttl: "1m" });
for (const note of notes) st.text(`${note.id}. ${note.body}`);
