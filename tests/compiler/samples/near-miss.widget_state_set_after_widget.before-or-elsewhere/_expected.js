import * as st from "rivulet";
export default function run($rt) {
  st.sessionState.volume = 5;
  $rt.call("slider.0", st, "slider", "Volume", {
    key: "volume"
  });
  st.sessionState.other = 1;
  $rt.call("slider.1", st, "slider", "Level", {
    key: "level",
    onChange: () => {
      st.sessionState.level = 0;
    }
  });
  if ($rt.call("button.0", st, "button", "Reset")) {
    st.sessionState.reset = true;
  }
  $rt.call("slider.2", st, "slider", "Speed", {
    key: "speed"
  });
  const speed = st.sessionState.speed;
  $rt.call("write.0", st, "write", speed);
}
