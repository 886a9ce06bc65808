import * as st from "rivulet";
export default function run($rt) {
  if ($rt.call("checkbox.0", st, "checkbox", "Stop here")) {
    $rt.call("textInput.0", st, "textInput", "Name", {
      key: "name"
    });
    $rt.call("stop.0", st, "stop");
  }
  $rt.call("textInput.1", st, "textInput", "Name", {
    key: "name"
  });
  function render(kind) {
    if (kind === "short") {
      $rt.call("render/textInput.0", st, "textInput", "Short", {
        key: "text"
      });
      return;
    }
    $rt.call("render/textArea.0", st, "textArea", "Long", {
      key: "text"
    });
  }
  render("short");
}
