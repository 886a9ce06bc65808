import "rivulet/data";
import * as st from "rivulet";
export default function run($rt) {
  const pick = $rt.call("cacheData.0", st, "cacheData", archived => archived ? "all" : "recent", undefined, {
    name: "pick",
    params: ["archived"]
  });
  $rt.call("write.0", st, "write", pick($rt.call("checkbox.0", st, "checkbox", "Include archived")));
}
