// Streamlit's st.rerun example 1: a button click changes session state and reruns the app.
import * as st from "rivulet";

if (!("value" in st.sessionState)) st.sessionState.value = "Title";

st.header(st.sessionState.value);

if (st.button("Foo")) {
  st.sessionState.value = "Foo";
  st.rerun();
}
