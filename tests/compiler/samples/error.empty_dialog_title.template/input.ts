import * as st from "rivulet";
const info = st.dialog(``, () => st.write("Saved."));
const more = st.dialog("" as string, () => st.write("More."), { width: "large" });
if (st.button("Info")) info();
if (st.button("More")) more();
