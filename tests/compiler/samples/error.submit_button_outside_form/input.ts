import * as st from "rivulet";
st.textInput("User");
st.formSubmitButton("Log in");
