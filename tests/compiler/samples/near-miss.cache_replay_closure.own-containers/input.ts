import * as st from "rivulet";
// Containers the cached function makes itself, the sidebar, and writes outside the function are fine.
const box = st.container();
const report = st.cacheData((rows: number[]) => {
  const [a, b] = st.columns(2);
  a.text(`${rows.length} rows`);
  b.with(() => st.caption("from the cache"));
  st.sidebar.text("cached");
  const inner = st.container();
  inner.text("inside");
  return rows.length;
});
box.text(String(report([1, 2])));
// A function that is not cached may write anywhere.
function plain() {
  box.text("plain");
}
plain();
