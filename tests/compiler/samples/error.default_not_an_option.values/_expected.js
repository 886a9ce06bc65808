import * as st from "rivulet";
export default function run($rt) {
  $rt.call("multiselect.0", st, "multiselect", "Numbers", [1, 2, 3], {
    default: ["1"]
  });
  $rt.call("multiselect.1", st, "multiselect", "Flags", [true], {
    default: false
  });
  $rt.call("multiselect.2", st, "multiselect", "Colors", ["red"], {
    default: "Red"
  });
  $rt.call("multiselect.3", st, "multiselect", "Maybe", ["a", null], {
    default: [null, undefined, "b"]
  });
}
