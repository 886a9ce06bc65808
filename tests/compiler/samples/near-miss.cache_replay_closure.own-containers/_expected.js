import * as st from "rivulet";
// Containers the cached function makes itself, the sidebar, and writes outside the function are fine.
export default function run($rt) {
  const box = $rt.call("container.0", st, "container");
  const report = $rt.call("cacheData.0", st, "cacheData", rows => {
    const [a, b] = $rt.call("cacheData.0/columns.0", st, "columns", 2);
    $rt.call("cacheData.0/text.0", a, "text", `${rows.length} rows`);
    $rt.call("cacheData.0/with.0", b, "with", () => $rt.call("cacheData.0/with.0/caption.0", st, "caption", "from the cache"));
    $rt.call("cacheData.0/text.1", st.sidebar, "text", "cached");
    const inner = $rt.call("cacheData.0/container.0", st, "container");
    $rt.call("cacheData.0/text.2", inner, "text", "inside");
    return rows.length;
  }, undefined, {
    name: "report",
    params: ["rows"]
  });
  $rt.call("text.0", box, "text", String(report([1, 2])));
  // A function that is not cached may write anywhere.
  function plain() {
    $rt.call("plain/text.0", box, "text", "plain");
  }
  plain();
}
