import "rivulet/data";
import * as st from "rivulet";
export default function run($rt) {
  const [left, right] = $rt.call("columns.0", st, "columns", 2);
  const box = $rt.call("container.0", st, "container");
  function summary(rows) {
    $rt.call("summary/text.0", box, "text", `${rows.length} rows`);
    $rt.call("summary/with.0", right, "with", () => $rt.call("summary/with.0/caption.0", st, "caption", "from the cache"));
    return rows.length;
  }
  const count = $rt.call("cacheData.0", st, "cacheData", summary, undefined, {
    name: "summary",
    params: ["rows"]
  });
  $rt.call("write.0", left, "write", count([1, 2, 3]));
}
