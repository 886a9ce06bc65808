// Within the limit, or a default or limit the compiler cannot be sure of.
import * as st from "rivulet";
export default function run($rt) {
  const options = ["a", "b", "c"];
  $rt.call("multiselect.0", st, "multiselect", "Pick", options, {
    default: ["a", "b"],
    maxSelections: 2
  });
  $rt.call("multiselect.1", st, "multiselect", "Pick", options, {
    default: picks,
    maxSelections: 1
  });
  $rt.call("multiselect.2", st, "multiselect", "Pick", options, {
    default: ["a", "b", "c"],
    maxSelections: limit
  });
  $rt.call("multiselect.3", st, "multiselect", "Pick", options, {
    default: [...picks],
    maxSelections: 1
  });
  $rt.call("multiselect.4", st, "multiselect", "Pick", options, {
    default: "a",
    maxSelections: 1
  });
}
