// Options or defaults the compiler cannot be sure of, and defaults that are options.
import * as st from "rivulet";
export default function run($rt) {
  const red = "red";
  $rt.call("multiselect.0", st, "multiselect", "Colors", colors, {
    default: ["green"]
  });
  $rt.call("multiselect.1", st, "multiselect", "Colors", ["red", red], {
    default: ["green"]
  });
  $rt.call("multiselect.2", st, "multiselect", "Colors", ["red", "blue"], {
    default: [pick]
  });
  $rt.call("multiselect.3", st, "multiselect", "Colors", ["red", "blue"], {
    default: null
  });
  $rt.call("multiselect.4", st, "multiselect", "Colors", ["red", "blue"], {
    default: "blue"
  });
  $rt.call("multiselect.5", st, "multiselect", "Colors", [1, 2], {
    default: [2, 1]
  });
  $rt.call("multiselect.6", st, "multiselect", "Objects", [{
    id: 1
  }], {
    default: [{
      id: 1
    }]
  });
}
