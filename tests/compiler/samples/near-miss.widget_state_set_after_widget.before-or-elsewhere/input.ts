import * as st from "rivulet";
st.sessionState.volume = 5;
st.slider("Volume", { key: "volume" });
st.sessionState.other = 1;
st.slider("Level", { key: "level", onChange: () => {
  st.sessionState.level = 0;
} });
if (st.button("Reset")) {
  st.sessionState.reset = true;
}
st.slider("Speed", { key: "speed" });
const speed = st.sessionState.speed;
st.write(speed);
