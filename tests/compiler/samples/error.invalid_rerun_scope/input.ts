import * as st from "rivulet";
if (st.button("Reload")) st.rerun({ scope: "page" });
