import * as st from "rivulet";
export default function run($rt) {
  $rt.call("button.0", st, "button", "Reset", {
    onClick: () => {
      $rt.sessionState.count = 0;
      $rt.call("button.0.onClick/rerun.0", st, "rerun");
    }
  });
}
