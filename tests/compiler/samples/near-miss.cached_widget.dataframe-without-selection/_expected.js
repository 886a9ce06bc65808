import "rivulet/data";
import * as st from "rivulet";
// Without onSelect (or with "ignore") a dataframe is a plain element: the cache replays it.
export default function run($rt) {
  const table = $rt.call("cacheData.0", st, "cacheData", () => {
    $rt.call("cacheData.0/dataframe.0", st, "dataframe", [{
      a: 1
    }]);
    $rt.call("cacheData.0/dataframe.1", st, "dataframe", [{
      b: 2
    }], {
      onSelect: "ignore"
    });
  }, undefined, {
    name: "table",
    params: []
  });
  table();
}
