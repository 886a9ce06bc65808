import * as st from "rivulet";
// A real hit, suppressed at the end of its line with a reason after a colon.
st.sessionState.polls = ((st.sessionState.polls as number | undefined) ?? 0) + 1;
st.text(`poll ${String(st.sessionState.polls)}`);
if ((st.sessionState.polls as number) >= 3) st.stop();
st.rerun(); // rivulet-ignore rerun_unconditional: st.stop() above ends it after three polls
