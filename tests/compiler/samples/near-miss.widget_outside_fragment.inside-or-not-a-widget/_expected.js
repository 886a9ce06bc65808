import "rivulet/data";
import * as st from "rivulet";
export default function run($rt) {
  const log = $rt.call("container.0", st, "container");
  const panel = $rt.call("fragment.0", st, "fragment", () => {
    $rt.call("fragment.0/write.0", log, "write", "ran at " + Date.now());
    const [a, b] = $rt.call("fragment.0/columns.0", st, "columns", 2);
    $rt.call("fragment.0/slider.0", a, "slider", "Zoom");
    $rt.call("fragment.0/with.0", b, "with", () => $rt.call("fragment.0/with.0/checkbox.0", st, "checkbox", "Grid"));
    $rt.call("fragment.0/textInput.0", $rt.call("fragment.0/container.0", st, "container"), "textInput", "Name");
  });
  $rt.call("with.0", st.sidebar, "with", () => panel());
  $rt.call("button.0", log, "button", "Outside any fragment");
}
