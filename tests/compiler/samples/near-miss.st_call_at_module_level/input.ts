// sales.ts, a module the app imports
import * as st from "rivulet";
export function chart(): void {
  st.title("Sales");
  st.text("chart");
}
