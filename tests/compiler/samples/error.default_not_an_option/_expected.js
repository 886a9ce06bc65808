import * as st from "rivulet";
export default function run($rt) {
  const colors = $rt.call("multiselect.0", st, "multiselect", "Colors", ["red", "blue"], {
    default: ["blue", "green"]
  });
}
