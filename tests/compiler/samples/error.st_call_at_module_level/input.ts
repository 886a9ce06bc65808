// sales.ts, a module the app imports
import * as st from "rivulet";
st.title("Sales");
export function chart(): void {
  st.text("chart");
}
