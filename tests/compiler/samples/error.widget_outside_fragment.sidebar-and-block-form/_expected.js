import * as st from "rivulet";
export default function run($rt) {
  const outer = $rt.call("container.0", st, "container");
  const panel = $rt.call("fragment.0", st, "fragment", () => {
    $rt.call("fragment.0/checkbox.0", st.sidebar, "checkbox", "Live");
    $rt.call("fragment.0/with.0", outer, "with", () => {
      $rt.call("fragment.0/with.0/slider.0", st, "slider", "Zoom");
    });
    const inner = $rt.call("fragment.0/container.0", outer, "container");
    $rt.call("fragment.0/textInput.0", inner, "textInput", "Name");
  });
  panel();
  const confirm = $rt.call("dialog.0", st, "dialog", "Confirm", () => {
    $rt.call("dialog.0/button.0", outer, "button", "Yes");
  });
  if ($rt.call("button.0", st, "button", "Ask")) confirm();
}
