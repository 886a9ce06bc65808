import * as st from "rivulet";
export default function run($rt) {
  try {
    if ($rt.call("button.0", st, "button", "Reset")) $rt.call("rerun.0", st, "rerun");
  } catch (error) {
    $rt.rethrow(error);
    $rt.call("error.0", st, "error", String(error));
  }
}
