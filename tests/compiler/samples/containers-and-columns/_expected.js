import * as streamlit from "rivulet";
export default function run($rt) {
  const st = {
    text: s => s
  }; // a local object named st is not rivulet
  st.text("local");
  const c = $rt.call("container.0", streamlit, "container", {
    border: true
  });
  $rt.call("text.0", c, "text", "in container");
  const nested = $rt.call("container.1", c, "container");
  $rt.call("write.0", nested, "write", "nested");
  const [a, b] = $rt.call("columns.0", streamlit, "columns", 2);
  $rt.call("button.0", a, "button", "A");
  $rt.call("button.1", b, "button", "B");
  const cols = $rt.call("columns.1", streamlit, "columns", [1, 2, 1]);
  $rt.call("text.1", cols[1], "text", "middle");
  for (const col of cols) {
    if ($rt.halt[0] !== 0) $rt.checkpoint();
    $rt.call("write.1", col, "write", "each");
  }
  const e = $rt.call("empty.0", streamlit, "empty");
  $rt.call("text.2", e, "text", "placeholder");
  const sb = streamlit.sidebar;
  $rt.call("slider.0", sb, "slider", "s", {
    minValue: 0,
    maxValue: 10
  });
  $rt.call("button.2", streamlit.sidebar, "button", "side");
  const tabs = $rt.call("tabs.0", streamlit, "tabs", ["One", "Two"]);
  $rt.call("text.3", tabs[0], "text", "tab one");
  const text = $rt.call("textInput.0", streamlit, "textInput", "t");
  text.toUpperCase();
  let mutable = $rt.call("container.2", streamlit, "container");
  mutable = $rt.call("container.3", streamlit, "container");
  mutable.text("not followed: reassigned");
}
