import * as st from "rivulet";
// A title the compiler cannot read is left to the run; a space is a title.
const title = String(st.sessionState.title ?? "Saved");
const info = st.dialog(title, () => st.write("Saved."));
const spaced = st.dialog(" ", () => st.write("Spaced."));
const named = st.dialog(`Saved ${title}`, () => st.write("Named."));
if (st.button("Info")) info();
else if (st.button("Spaced")) spaced();
else if (st.button("Named")) named();
