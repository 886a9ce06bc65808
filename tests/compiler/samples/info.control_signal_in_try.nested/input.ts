import * as st from "rivulet";
function load() {
  try {
    try {
      if (st.button("Retry")) st.rerun();
    } catch (inner) {
      throw inner;
    }
  } catch {
    st.stop();
  }
}
load();
