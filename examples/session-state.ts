// A keyed widget's value lives at st.sessionState[key]. Set it before the widget (or in a
// callback) and the widget takes it; set it after the widget, in the same run, and it raises.
import * as st from "rivulet";

if (st.button("Loud")) st.sessionState.volume = 10; // before the widget: its new value
const volume = st.slider("Volume", { maxValue: 10, key: "volume" });
st.text(`volume: ${volume}`);
if (st.button("Mute")) st.sessionState.volume = 0; // after it: RivuletAPIError

// A run that does not render a widget drops its state: shown again, the name starts empty.
if (st.checkbox("Ask my name")) st.textInput("Name", { key: "name" });
