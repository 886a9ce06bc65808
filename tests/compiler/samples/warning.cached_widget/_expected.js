import "rivulet/data";
import * as st from "rivulet";
export default function run($rt) {
  const pick = $rt.call("cacheData.0", st, "cacheData", () => $rt.call("cacheData.0/checkbox.0", st, "checkbox", "Include archived"), undefined, {
    name: "pick",
    params: []
  });
  $rt.call("write.0", st, "write", pick());
}
