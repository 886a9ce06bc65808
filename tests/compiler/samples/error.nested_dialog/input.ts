import * as st from "rivulet";
const confirm = st.dialog("Sure?", () => {
  if (st.button("Yes")) st.rerun();
});
const remove = st.dialog("Delete", () => {
  st.write("This cannot be undone.");
  confirm();
});
if (st.button("Delete")) remove();
