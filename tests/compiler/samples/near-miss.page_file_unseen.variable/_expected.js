import "rivulet/data";
// A variable may hold a function: the compiler cannot tell, the run says (page_file_unseen).
import * as st from "rivulet";
export default function run($rt) {
  const home = () => $rt.call("home/title.0", st, "title", "Home");
  const pages = [home].map(page => $rt.call("fn0/Page.0", st, "Page", page, {
    title: "Home"
  }));
  $rt.call("navigation.0", st, "navigation", [...pages, $rt.call("Page.0", st, "Page", `pages/orders.ts`, undefined, $pageFiles[0])]).run();
}
export const $pageFiles = [{
  key: "Page.0\0pages/orders.ts",
  file: "pages/orders.ts",
  load: () => import("./pages/orders.ts?rivulet-page")
}];
