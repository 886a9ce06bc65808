// Streamlit's st.rerun example 3: a container written to after the button, so no rerun is needed.
import * as st from "rivulet";

if (!("value" in st.sessionState)) st.sessionState.value = "Title";

const placeholder = st.container();

if (st.button("Baz")) st.sessionState.value = "Baz";

placeholder.header(st.sessionState.value);
