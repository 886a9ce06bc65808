import * as st from "rivulet";
st.button("Reset", {
  onClick: () => {
    st.sessionState.count = 0;
    st.rerun();
  },
});
