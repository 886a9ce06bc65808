// Streamlit's st.rerun example 2: a callback changes session state before the script reruns.
import * as st from "rivulet";

if (!("value" in st.sessionState)) st.sessionState.value = "Title";

st.header(st.sessionState.value);

st.button("Bar", {
  onClick: () => {
    st.sessionState.value = "Bar";
  },
});
