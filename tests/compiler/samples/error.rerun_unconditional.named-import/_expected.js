import { rerun, title } from "rivulet";
export default function run($rt) {
  $rt.call("title.0", undefined, title, "Loop");
  $rt.call("rerun.0", undefined, rerun, {
    scope: "app"
  });
}
