import { rerun, title } from "rivulet";
export default async function run($rt) {
  $rt.call("title.0", undefined, title, "Loop");
  $rt.call("rerun.0", undefined, rerun, {
    scope: "app"
  });
}
