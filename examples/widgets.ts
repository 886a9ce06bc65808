// Widgets need no keys: every call site, in every pass of a loop and every call of a helper,
// is a widget of its own. Give one a key to reach its value in st.sessionState.
import * as st from "rivulet";

function quantity(fruit: string): number {
  st.subheader(fruit);
  return st.slider("Quantity", { maxValue: 10 }); // the same label in every call
}
const apples = quantity("Apples");
const pears = quantity("Pears");

for (let i = 0; i < 3; i++) st.checkbox("Done"); // three checkboxes with one label

st.textInput("Note", { key: "note" });
st.text(`${apples} apples, ${pears} pears, note: ${st.sessionState.note}`);
