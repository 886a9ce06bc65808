import * as st from "rivulet";
// A value widget takes its state from session state; a set behind a condition the button is
// not behind, or in a callback, is not known to run before it.
export default function run($rt) {
  $rt.sessionState.volume = 5;
  $rt.call("slider.0", st, "slider", "Volume", {
    key: "volume"
  });
  if ($rt.call("checkbox.0", st, "checkbox", "Preset")) {
    $rt.sessionState.go = true;
  }
  if ($rt.call("button.0", st, "button", "Go", {
    key: "go"
  })) $rt.call("write.0", st, "write", "going");
  $rt.call("button.1", st, "button", "Reset", {
    key: "reset",
    onClick: () => $rt.sessionState.later = 1
  });
  function preset() {
    $rt.sessionState.later = true;
  }
  $rt.call("button.2", st, "button", "Later", {
    key: "later"
  });
  $rt.call("button.3", st, "button", "Preset", {
    onClick: preset
  });
}
