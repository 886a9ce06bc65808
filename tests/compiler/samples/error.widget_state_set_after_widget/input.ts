import * as st from "rivulet";
st.slider("Volume", { key: "volume" });
st.sessionState.volume = 5;
