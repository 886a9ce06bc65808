// Data from a query, shown as a dataframe whose rows the user selects, and a table of the pick.
import * as st from "rivulet";

const db = st.connection("sql");
await db.execute("create table if not exists cities (name text primary key, country text, population integer)");
await db.execute(
  "insert or ignore into cities values ('Oslo', 'NO', 709000), ('Lima', 'PE', 10092000), ('Lyon', 'FR', 522000), ('Pune', 'IN', 7764000)",
);
const cities = await db.query("select name, country, population from cities order by name", { format: "arrow" });

const picked = st.dataframe(cities, {
  onSelect: "rerun",
  selectionMode: "multi-row",
  hideIndex: true,
  columnConfig: { population: st.columnConfig.NumberColumn("Population", { format: "localized" }) },
});
const rows = picked.selection.rows;
st.metric("Cities picked", rows.length);
if (rows.length > 0) st.table(rows.map((row) => cities.get(row)!.toJSON()));
