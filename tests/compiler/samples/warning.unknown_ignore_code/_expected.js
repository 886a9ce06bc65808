import * as st from "rivulet";
// rivulet-ignore rerun_unconditionnal
export default async function run($rt) {
  $rt.call("rerun.0", st, "rerun");
}
