import * as st from "rivulet";
st.fragment(() => {
  if (st.button("Refresh")) st.rerun({ scope: "fragment" });
})();
