import * as st from "rivulet";
try {
  if (st.button("Reset")) st.rerun();
} catch (error) {
  st.error(String(error));
}
