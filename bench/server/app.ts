// The app the server benchmarks load: a counter (each click one run), a text input (for a large
// value), and a few elements around them, as a small real page has.
import * as st from "rivulet";

st.title("Load");
st.sessionState.n ??= 0;
if (st.button("click")) st.sessionState.n++;
st.text("n " + st.sessionState.n);
const note = st.textInput("note") ?? "";
st.text("note " + note.length);
st.markdown("Every click of the button is one run; the text above counts them.");
