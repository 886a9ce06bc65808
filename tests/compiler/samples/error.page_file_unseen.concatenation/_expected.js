import * as st from "rivulet";
export default function run($rt) {
  const name = "orders";
  $rt.call("navigation.0", st, "navigation", [$rt.call("Page.0", st, "Page", "pages/" + name + ".ts"), $rt.call("Page.1", st, "Page", `pages/${name}-archive.ts`, {
    title: "Archive"
  })]).run();
}
