import * as st from "rivulet";
import { sessionState } from "rivulet";
sessionState["send"] = false;
st.sessionState.prompt = "hello";
if (st.button("Send", { key: "send" })) st.write("sent");
const prompt = st.chatInput("Say something", { key: "prompt" });
const form = st.form("f");
st.sessionState.save = true;
form.formSubmitButton("Save", { key: "save" });
