import * as st from "rivulet";
const info = st.dialog("Saved", () => st.write("Saved."));
if (st.button("Info")) info();
