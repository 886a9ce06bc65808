// The sidebar, a named import and a static initializer run at import as well.
import * as st from "rivulet";
import { text } from "rivulet";
st.sidebar.button("Refresh");
text("loaded");
export class Panel {
  static title = st.header("Panel");
}
