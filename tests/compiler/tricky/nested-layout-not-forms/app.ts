import * as st from "rivulet";
// Forms in tabs and expanders, never one in another.
const [one, two] = st.tabs(["One", "Two"]);
const first = one.form("tab-form");
first.text("in a tab");
first.formSubmitButton("Go");
const more = two.expander("More");
const second = more.form("expander-form");
second.formSubmitButton("Go too");
