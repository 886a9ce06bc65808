// A dialog is a modal fragment: a widget inside reruns only the dialog, st.rerun() closes it.
import * as st from "rivulet";

const rename = st.dialog("Rename", (current: string) => {
  const name = st.textInput("New name", { value: current });
  if (st.button("Save")) {
    st.sessionState.name = name;
    st.rerun(); // the full run does not open the dialog again: it closes
  }
});

st.sessionState.name ??= "untitled";
st.header(st.sessionState.name);
if (st.button("Rename…")) rename(st.sessionState.name);
