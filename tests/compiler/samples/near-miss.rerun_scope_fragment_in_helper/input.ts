import * as st from "rivulet";
const panel = st.fragment(() => {
  if (st.button("Refresh")) st.rerun({ scope: "fragment" });
});
panel();
