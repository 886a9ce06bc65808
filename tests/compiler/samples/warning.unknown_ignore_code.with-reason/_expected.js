import * as st from "rivulet";
// A misspelt code is still reported when a reason follows; the words of the reason are not codes.
// rivulet-ignore rerun_unconditionnal -- we mean to rerun here
export default function run($rt) {
  $rt.call("rerun.0", st, "rerun");
}
