import * as st from "rivulet";
const form = st.form("login");
form.textInput("User");
form.formSubmitButton("Log in");
