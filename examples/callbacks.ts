// A callback runs before the script, with its args; a button is true for the one run its
// click causes.
import * as st from "rivulet";

st.sessionState.count ??= 0;
const add = (n: number) => {
  st.sessionState.count += n;
};

st.button("+1", { onClick: add, args: [1] });
const ten = st.button("+10", { onClick: add, args: [10] });
st.text(`count: ${st.sessionState.count}`); // already counts the click: the callback ran first
if (ten) st.text("You clicked +10."); // only in the run that click caused
