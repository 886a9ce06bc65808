import * as st from "rivulet";
export default function run($rt) {
  if ($rt.call("checkbox.0", st, "checkbox", "Metric")) $rt.call("numberInput.0", st, "numberInput", "Distance (km)", {
    key: "distance"
  });else $rt.call("numberInput.1", st, "numberInput", "Distance (mi)", {
    key: "distance"
  });
  const mode = $rt.call("radio.0", st, "radio", "Mode", ["a", "b"]);
  if (mode === "a") $rt.call("textInput.0", st, "textInput", "A", {
    key: "name"
  });
  if (mode === "b") $rt.call("textInput.1", st, "textInput", "B", {
    key: "name"
  });
  switch (mode) {
    case "a":
      $rt.call("slider.0", st, "slider", "A", {
        key: "level"
      });
      break;
    case "b":
      $rt.call("slider.1", st, "slider", "B", {
        key: "level"
      });
  }
  function first() {
    $rt.call("first/toggle.0", st, "toggle", "One", {
      key: "flag"
    });
  }
  function second() {
    $rt.call("second/toggle.0", st, "toggle", "Two", {
      key: "flag"
    });
  }
  if ($rt.call("button.0", st, "button", "Early")) {
    $rt.call("text.0", st, "text", "early");
  }
  $rt.call("checkbox.1", st, "checkbox", "Top", {
    key: "top"
  });
  const c = $rt.call("container.0", st, "container");
  $rt.call("checkbox.2", c, "checkbox", "Other", {
    key: "other"
  });
}
