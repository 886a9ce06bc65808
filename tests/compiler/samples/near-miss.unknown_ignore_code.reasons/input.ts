import * as st from "rivulet";
// A reason after the codes, as ESLint users write it, silences nothing more and warns of nothing.
try {
  // rivulet-ignore control_signal_in_try -- the catch is only for JSON errors
  st.rerun();
} catch (error) {
  st.text(String(error));
}
// rivulet-ignore rerun_unconditional: reran on purpose, once the counter says so
if (st.sessionState.again !== false) st.rerun();
st.rerun(); // rivulet-ignore rerun_unconditional -- at the end of the line it is that line's
/** rivulet-ignore rerun_unconditional, control_signal_in_try: a JSDoc comment too */
st.rerun();
