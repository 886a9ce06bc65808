import * as st from "rivulet";
import { sessionState } from "rivulet";
const f = st.form("settings");
f.formSubmitButton("Save");
st.sessionState["settings"] = {};
if (st.checkbox("Agree", { key: "agree" })) st.write("thanks");
sessionState.agree = false;
function panel() {
  const volume = st.slider("Volume", { key: "volume" });
  st.write(volume);
  st.sessionState.volume += 1;
}
panel();
