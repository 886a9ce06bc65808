import * as st from "rivulet";
function requireLogin() {
  if (!st.sessionState.user) st.stop();
}
requireLogin();
st.rerun();
