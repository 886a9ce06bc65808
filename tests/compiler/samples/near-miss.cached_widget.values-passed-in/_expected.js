import "rivulet/data";
import * as st from "rivulet";
// Widgets outside the cached function, their values passed in.
export default function run($rt) {
  const pick = $rt.call("cacheData.0", st, "cacheData", (archived, _db) => archived ? "all" : "recent", undefined, {
    name: "pick",
    params: ["archived", "_db"]
  });
  $rt.call("write.0", st, "write", pick($rt.call("checkbox.0", st, "checkbox", "Include archived"), {}));
  const panel = $rt.call("fragment.0", st, "fragment", () => $rt.call("fragment.0/slider.0", st, "slider", "Limit"));
  panel();
}
