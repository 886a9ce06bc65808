import * as st from "rivulet";
// A reason after the codes, as ESLint users write it, silences nothing more and warns of nothing.
export default function run($rt) {
  try {
    // rivulet-ignore control_signal_in_try -- the catch is only for JSON errors
    $rt.call("rerun.0", st, "rerun");
  } catch (error) {
    $rt.rethrow(error);
    $rt.call("text.0", st, "text", String(error));
  }
  // rivulet-ignore rerun_unconditional: reran on purpose, once the counter says so
  if ($rt.sessionState.again !== false) $rt.call("rerun.1", st, "rerun");
  $rt.call("rerun.2", st, "rerun"); // rivulet-ignore rerun_unconditional -- at the end of the line it is that line's
  /** rivulet-ignore rerun_unconditional, control_signal_in_try: a JSDoc comment too */
  $rt.call("rerun.3", st, "rerun");
}
