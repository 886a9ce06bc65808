// An entry with a pages/ folder and no st.navigation call: its body is the main page of the
// folder's app (Streamlit's convention); the host lists the folder's files.
import * as st from "rivulet";
st.title("Main");
const rows = await fetch("https://example.com/rows.json");
st.write(rows.status);
