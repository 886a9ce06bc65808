import "rivulet/data";
import * as st from "rivulet";
export default function run($rt) {
  const first = xs => xs[0];
  $rt.call("write.0", st, "write", first(["a", "b"]) ?? "none");
}
