import * as st from "rivulet";
export default function run($rt) {
  $rt.call("checkbox.0", st, "checkbox", "Agree", {
    labelVisibility: "Hidden"
  });
  $rt.call("slider.0", st, "slider", "Volume", {
    labelVisibility: null
  });
  $rt.call("selectbox.0", st, "selectbox", "Size", ["S"], {
    labelVisibility: `gone`
  });
}
