import * as st from "rivulet";
export default function run($rt) {
  function home() {
    $rt.call("home/title.0", st, "title", "Home");
  }
  $rt.call("navigation.0", st, "navigation", [$rt.call("Page.0", st, "Page", home), $rt.call("Page.1", st, "Page", "pages/orders.ts", undefined, $pageFiles[0])]).run();
}
export const $pageFiles = [{
  key: "Page.1\0pages/orders.ts",
  file: "pages/orders.ts",
  load: () => import("./pages/orders.ts?rivulet-page")
}];
