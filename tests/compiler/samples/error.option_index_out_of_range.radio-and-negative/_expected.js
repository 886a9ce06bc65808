import * as st from "rivulet";
import { radio } from "rivulet";
export default function run($rt) {
  $rt.call("radio.0", st, "radio", "Plan", ["Free", "Pro"], {
    index: -1
  });
  $rt.call("radio.1", undefined, radio, "Plan", ["Free", "Pro"], {
    horizontal: true,
    index: 2
  });
  const [col] = $rt.call("columns.0", st, "columns", 1);
  $rt.call("selectbox.0", col, "selectbox", "Size", ["S"], {
    index: 1
  });
}
