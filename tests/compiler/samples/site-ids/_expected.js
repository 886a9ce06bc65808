import "rivulet/data";
import * as st from "rivulet";
export default function run($rt) {
  $rt.call("text.0", st, "text", "a");
  $rt.call("text.1", st, "text", "b");
  $rt.call("button.0", st, "button", "x");
  function section(title) {
    $rt.call("section/header.0", st, "header", title);
    $rt.call("section/text.0", st, "text", "body");
  }
  section("one");
  const render = () => {
    $rt.call("render/text.0", st, "text", "arrow");
  };
  render();
  [1, 2].forEach(i => $rt.call("fn0/write.0", st, "write", i));
  [3].map(i => $rt.call("fn1/write.0", st, "write", i));
  const obj = {
    draw() {
      $rt.call("draw/text.0", st, "text", "method");
    }
  };
  obj.draw();
  $rt.call("button.1", st, "button", "cb", {
    onClick: () => $rt.call("button.1.onClick/toast.0", st, "toast", "hi")
  });
}
