import * as st from "rivulet";
if (st.checkbox("Metric")) st.numberInput("Distance (km)", { key: "distance" });
else st.numberInput("Distance (mi)", { key: "distance" });
const mode = st.radio("Mode", ["a", "b"]);
if (mode === "a") st.textInput("A", { key: "name" });
if (mode === "b") st.textInput("B", { key: "name" });
switch (mode) {
  case "a":
    st.slider("A", { key: "level" });
    break;
  case "b":
    st.slider("B", { key: "level" });
}
function first() {
  st.toggle("One", { key: "flag" });
}
function second() {
  st.toggle("Two", { key: "flag" });
}
if (st.button("Early")) {
  st.text("early");
}
st.checkbox("Top", { key: "top" });
const c = st.container();
c.checkbox("Other", { key: "other" });
