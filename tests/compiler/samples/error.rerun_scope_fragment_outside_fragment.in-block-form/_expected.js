import * as st from "rivulet";
// An inline block-form body runs in place: this is still top-level code.
export default function run($rt) {
  $rt.call("with.0", st.sidebar, "with", () => {
    if ($rt.call("with.0/button.0", st, "button", "Refresh")) $rt.call("with.0/rerun.0", st, "rerun", {
      scope: "fragment"
    });
  });
}
