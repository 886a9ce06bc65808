import * as st from "rivulet";
const f = st.form("f");
f.formSubmitButton("In the form");
st.sidebar.formSubmitButton("Sidebar");
const box = st.container();
box.with(() => st.formSubmitButton("Box"));
