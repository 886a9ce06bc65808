import * as st from "rivulet";
export default function run($rt) {
  try {
    $rt.call("rerun.0", st, "rerun");
  } catch (e) {
    $rt.rethrow(e);
    $rt.call("text.0", st, "text", String(e));
  }
  try {
    JSON.parse("{");
  } catch (_error) {
    $rt.rethrow(_error);
    $rt.call("text.1", st, "text", "bad json");
  }
  try {
    throw new Error("x");
  } catch (_error2) {
    $rt.rethrow(_error2);
    let {
      message
    } = _error2;
    $rt.call("text.2", st, "text", message);
  } finally {
    $rt.call("text.3", st, "text", "finally");
  }
  const safe = () => {
    try {
      return 1;
    } catch (error) {
      $rt.rethrow(error);
      return error;
    }
  };
  safe();
}
