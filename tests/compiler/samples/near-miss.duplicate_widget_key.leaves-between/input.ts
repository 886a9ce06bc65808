import * as st from "rivulet";
if (st.checkbox("Stop here")) {
  st.textInput("Name", { key: "name" });
  st.stop();
}
st.textInput("Name", { key: "name" });
function render(kind: string) {
  if (kind === "short") {
    st.textInput("Short", { key: "text" });
    return;
  }
  st.textArea("Long", { key: "text" });
}
render("short");
