import * as st from "rivulet";
const confirm = st.dialog("Confirm", (item: string) => st.write(item));
if (st.button("Delete a")) confirm("a.txt");
if (st.button("Delete b")) confirm("b.txt");
st.button("Delete c", { onClick: () => confirm("c.txt") });
for (const item of ["d", "e"]) {
  if (st.button(item)) {
    confirm(item);
    break;
  }
}
