import * as st from "rivulet";
function onNameChange() {
  st.sessionState.greeted = false;
  st.rerun();
}
st.textInput("Name", { onChange: onNameChange });
