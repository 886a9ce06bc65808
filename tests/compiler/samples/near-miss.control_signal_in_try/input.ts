import * as st from "rivulet";
if (st.button("Reset")) st.rerun();
try {
  JSON.parse("{}");
} catch (error) {
  st.error(String(error));
}
