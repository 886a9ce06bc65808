import * as st from "rivulet";
if (!("volume" in st.sessionState)) st.sessionState.volume = 5;
st.slider("Volume", { key: "volume" });
