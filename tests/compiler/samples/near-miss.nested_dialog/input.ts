import * as st from "rivulet";
const remove = st.dialog("Delete", () => {
  st.write("This cannot be undone.");
  if (st.button("Yes, delete")) st.rerun();
});
if (st.button("Delete")) remove();
