import * as st from "rivulet";
export default function run($rt) {
  const name = $rt.call("textInput.0", st, "textInput", "Report", {
    value: "orders"
  }) ?? "orders";
  $rt.call("navigation.0", st, "navigation", [$rt.call("Page.0", st, "Page", "pages/" + name + ".ts"), $rt.call("Page.1", st, "Page", `pages/${name}-archive.ts`, {
    title: "Archive"
  })]).run();
}
