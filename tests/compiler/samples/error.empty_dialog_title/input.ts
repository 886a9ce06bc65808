import * as st from "rivulet";
const info = st.dialog("", () => st.write("Saved."));
if (st.button("Info")) info();
