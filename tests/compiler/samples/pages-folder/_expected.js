import "rivulet/data";
import { folderNavigation as $rtFolder } from "rivulet/internal";
// An entry with a pages/ folder and no st.navigation call: its body is the main page of the
// folder's app (Streamlit's convention); the host lists the folder's files.
import * as st from "rivulet";
export default function run($rt) {
  return $rtFolder($rt, "streamlit_app.ts", async function () {
    $rt.call("title.0", st, "title", "Main");
    const rows = $rt.resume(await $rt.pause(fetch("https://example.com/rows.json")));
    $rt.call("write.0", st, "write", rows.status);
  }, [$pageFiles[0], $pageFiles[1]]);
}
export const $pageFiles = [{
  key: "pages-folder\0pages/1_orders.ts",
  file: "pages/1_orders.ts",
  load: () => import("./pages/1_orders.ts?rivulet-page")
}, {
  key: "pages-folder\0pages/2_📦_stock.ts",
  file: "pages/2_📦_stock.ts",
  load: () => import("./pages/2_📦_stock.ts?rivulet-page")
}];
