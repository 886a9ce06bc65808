import * as st from "rivulet";
export default function run($rt) {
  try {
    if ($rt.call("button.0", st, "button", "Stop")) $rt.call("stop.0", st, "stop");
  } catch (error) {
    $rt.rethrow(error);
    if (!(error instanceof SyntaxError)) throw $rt.thrown(error);
    $rt.call("text.0", st, "text", "bad input");
  }
  try {
    JSON.parse("{}");
  } catch (_error) {
    $rt.rethrow(_error);
    $rt.call("rerun.0", st, "rerun");
  } finally {
    $rt.call("text.1", st, "text", "done");
  }
  try {
    $rt.call("button.1", st, "button", "Later", {
      onClick: () => $rt.call("button.1.onClick/rerun.0", st, "rerun")
    });
  } catch (_error2) {
    $rt.rethrow(_error2);
    $rt.call("text.2", st, "text", "no");
  }
  try {
    $rt.call("text.3", st, "text", "a");
  } finally {
    $rt.call("stop.1", st, "stop");
  }
}
