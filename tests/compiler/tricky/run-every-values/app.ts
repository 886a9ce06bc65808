import * as st from "rivulet";
// runEvery given as seconds and as durations.
st.fragment(() => st.text("every two seconds"), { runEvery: "2s" })();
st.fragment(() => st.text("tick"), { runEvery: 1.5 })();
st.fragment(() => st.text("no timer"), { runEvery: null })();
