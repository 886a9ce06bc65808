import * as st from "rivulet";
// A dialog is a fragment; a callback gets rerun_in_callback instead.
const edit = st.dialog("Edit", () => {
  if (st.button("Reload")) st.rerun({ scope: "fragment" });
});
const panel = st.fragment(() => {
  st.button("Reset", { onClick: () => st.rerun({ scope: "fragment" }) });
  [1, 2].forEach((n) => {
    if (st.button(`Row ${n}`)) st.rerun({ scope: "fragment" });
  });
});
panel();
if (st.button("Edit")) edit();
