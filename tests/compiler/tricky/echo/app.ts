import * as st from "rivulet";
// st.echo with the function written in the call.
st.echo(() => {
  st.text("shown and run");
});
