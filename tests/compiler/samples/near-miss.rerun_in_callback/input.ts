import * as st from "rivulet";
if (st.button("Reset")) {
  st.sessionState.count = 0;
  st.rerun();
}
