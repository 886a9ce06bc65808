import * as st from "rivulet";
const details = st.dialog("Details", (id: number) => st.write(`Item ${id}`));
function list() {
  for (const id of [1, 2]) {
    if (st.button(`Open ${id}`)) details(id);
  }
}
const browse = st.dialog("Browse", list);
if (st.button("Browse")) browse();
