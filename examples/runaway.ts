// A loop with no st call in it never freezes the app: the Stop button (or any other input)
// halts it at the loop's checkpoint, and other sessions keep working meanwhile.
import * as st from "rivulet";

st.title("Runaway loops");
const clicks = (st.sessionState.clicks = (st.sessionState.clicks ?? 0) + (st.button("Count") ? 1 : 0));
st.text(`clicks: ${clicks}`);

if (st.button("Spin forever")) {
  st.text("spinning…");
  let n = 0;
  while (true) n++;
}
