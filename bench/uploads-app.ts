// The upload benchmark's app: a file uploader whose file the script measures.
import * as st from "rivulet";

const file = st.fileUploader("A file");
st.text(file === null ? "none" : `got ${file.size}`);
