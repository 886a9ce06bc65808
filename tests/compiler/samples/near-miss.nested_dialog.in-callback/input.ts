import * as st from "rivulet";
// A dialog opened from a callback, or from the script after another dialog's button: not nested.
const details = st.dialog("Details", () => st.write("More"));
const browse = st.dialog("Browse", () => {
  st.button("Show details", { onClick: () => (st.sessionState.details = true) });
  st.write("Pick one");
});
if (st.sessionState.details) {
  st.sessionState.details = false;
  details();
} else if (st.button("Browse")) browse();
const panel = st.fragment(() => {
  if (st.button("More")) details();
});
panel();
