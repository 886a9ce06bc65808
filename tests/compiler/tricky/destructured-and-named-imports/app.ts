import * as st from "rivulet";
import { button, sessionState } from "rivulet";
// The namespace destructured, and named imports.
const { text, sidebar } = st;
sidebar.text("In the sidebar");
text("In the main area");
if (button("Count")) sessionState.count = ((sessionState.count as number | undefined) ?? 0) + 1;
const form = st.form("settings");
const { formSubmitButton } = form;
form.checkbox("Dark");
formSubmitButton("Apply");
