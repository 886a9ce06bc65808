import * as st from "rivulet";
if (st.button("Refresh")) st.rerun({ scope: "fragment" });
