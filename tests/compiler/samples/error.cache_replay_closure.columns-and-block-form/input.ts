import * as st from "rivulet";
const [left, right] = st.columns(2);
const box = st.container();
function summary(rows: number[]) {
  box.text(`${rows.length} rows`);
  right.with(() => st.caption("from the cache"));
  return rows.length;
}
const count = st.cacheData(summary);
left.write(count([1, 2, 3]));
