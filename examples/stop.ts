// st.stop() ends the run where it is called. Like st.rerun(), it passes through any try/catch.
import * as st from "rivulet";

const name = st.textInput("Your name");
try {
  if (!name) {
    st.warning("Enter a name to go on.");
    st.stop();
  }
} catch {
  st.error("Never shown: the catch does not see st.stop().");
}
st.success(`Hello, ${name}!`);
