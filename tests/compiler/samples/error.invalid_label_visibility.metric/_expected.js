import * as st from "rivulet";
export default function run($rt) {
  $rt.call("metric.0", st, "metric", "Users", 1234, {
    labelVisibility: "none"
  });
}
