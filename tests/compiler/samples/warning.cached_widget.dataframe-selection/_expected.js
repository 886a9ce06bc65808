import "rivulet/data";
import * as st from "rivulet";
// A dataframe with onSelect is a widget: its selection cannot come back from the cache.
export default function run($rt) {
  const table = $rt.call("cacheData.0", st, "cacheData", () => $rt.call("cacheData.0/dataframe.0", st, "dataframe", [{
    a: 1
  }], {
    onSelect: "rerun"
  }), undefined, {
    name: "table",
    params: []
  });
  table();
}
