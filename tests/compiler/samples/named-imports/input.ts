import { button, header as h, sessionState, sidebar, columns, rerun } from "rivulet";
import { readFileSync } from "node:fs";
h("Named");
if (button("Go")) {
  sessionState.go = true;
}
sidebar.text("in sidebar");
const [left, right] = columns(2);
left.write(readFileSync);
right.write("right");
function button2() {
  return "not rivulet";
}
button2();
if (sessionState.go) rerun();
