// What needs no run may stay at a module's top level; a field's initializer runs when an
// instance is made, in the run that makes it.
import * as st from "rivulet";
export const load = st.cacheData((n: number) => n * 2);
export const db = st.cacheResource(() => ({ open: true }));
export const panel = st.fragment(() => st.text("panel"));
export const ask = st.dialog("Sure?")(() => st.text("really"));
export const orders = st.Page(() => st.text("orders"), { title: "Orders" });
export const conn = st.connection("sql");
export class Form {
  name = st.textInput("Name");
}
const label = st.sessionState;
